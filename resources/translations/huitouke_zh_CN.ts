<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust points — {name}</source>
        <translation>调整积分 — {name}</translation>
    </message>
    <message>
        <source>Why, e.g. points from the old paper card, or a mistake at the till</source>
        <translation>原因，如旧纸质积分卡转入，或收银时录错</translation>
    </message>
    <message>
        <source>Use + to add points and − to take points away.</source>
        <translation>正数为增加积分，负数为扣减积分。</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>当前积分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>变动后余额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>AnswerPicker</name>
    <message>
        <source>Insert a standard answer</source>
        <translation>插入标准回答</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Edit the library…</source>
        <translation>编辑问答库…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Answers for {category}</source>
        <translation>{category}类的回答</translation>
    </message>
    <message>
        <source>No standard answer for this category yet: all the others are shown.</source>
        <translation>这个类别还没有标准回答，下面列出其他类别的全部回答。</translation>
    </message>
    <message>
        <source>The library is empty. Write the shop&apos;s answers with “Edit the library…”.</source>
        <translation>问答库是空的。请点“编辑问答库…”写下本店的回答。</translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <source>Standard answers</source>
        <translation>标准问答</translation>
    </message>
    <message>
        <source>The shop&apos;s own words for frequent complaints, so that everyone answers the same way. The customer&apos;s name and the shop&apos;s name are filled in when an answer is inserted into a reply.</source>
        <translation>常见投诉的标准回答，让每位员工口径一致。插入回复时，顾客称呼和店名会自动填好。</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>新增回答</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>e.g. Long wait</source>
        <translation>例如：等候时间太长</translation>
    </message>
    <message>
        <source>Preview for a sample customer ({name}, {gender})</source>
        <translation>示例顾客预览（{name}，{gender}）</translation>
    </message>
    <message>
        <source>Set the shop name in Settings so that {shop} is filled in.</source>
        <translation>请在“设置”中填写店名，{shop} 才能自动填入。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>插入：</translation>
    </message>
    <message>
        <source>Customer (Ms Wang)</source>
        <translation>顾客称呼（王女士）</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What staff say or send</source>
        <translation>员工说的话或发给顾客的话</translation>
    </message>
    <message numerus="yes">
        <source>All categories (%n)</source>
        <translation>
            <numerusform>全部类别（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>{category} ({count})</source>
        <translation>{category}（{count}）</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>还没有回答。</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>删除回答</translation>
    </message>
    <message>
        <source>Delete the standard answer “{title}”? Replies already written keep it.</source>
        <translation>删除标准回答“{title}”吗？已经写好的回复不受影响。</translation>
    </message>
    <message>
        <source>Unsaved answer</source>
        <translation>回答未保存</translation>
    </message>
    <message>
        <source>This answer has unsaved changes. Save them?</source>
        <translation>这条回答有未保存的修改。要保存吗？</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation>年份不详</translation>
    </message>
    <message>
        <source>Leave at &apos;Year unknown&apos; when only the day is known.</source>
        <translation>只知道月日时，年份保持“年份不详”即可。</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <source>Day {day}</source>
        <translation>{day}日</translation>
    </message>
</context>
<context>
    <name>BoardTexts</name>
    <message>
        <source>{first} – {last}</source>
        <translation>{first}至{last}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ greeted</source>
        <translation>✓ 已祝福</translation>
    </message>
    <message>
        <source>not greeted yet</source>
        <translation>未祝福</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>出生 {date}</translation>
    </message>
    <message>
        <source>Due {due}; last follow-up {done} by {channel}</source>
        <translation>应回访 {due}；上次回访 {done}（{channel}）</translation>
    </message>
    <message>
        <source>complaint: {summary}</source>
        <translation>投诉：{summary}</translation>
    </message>
    <message>
        <source>Call her back about the complaint she made; due {due}</source>
        <translation>投诉回访，约定 {due}</translation>
    </message>
    <message>
        <source>answer by {time}</source>
        <translation>{time}前答复</translation>
    </message>
    <message>
        <source>received {time}</source>
        <translation>受理 {time}</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since her last visit</source>
        <translation>
            <numerusform>%n 天未到店</numerusform>
        </translation>
    </message>
    <message>
        <source>late from {day}</source>
        <translation>{day}起算逾期</translation>
    </message>
    <message numerus="yes">
        <source>usually every %n day(s)</source>
        <translation>
            <numerusform>平时 %n 天来一次</numerusform>
        </translation>
    </message>
    <message>
        <source>last visit {date}</source>
        <translation>上次到店 {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) in all</source>
        <translation>
            <numerusform>共到店 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>expire {day} ({when})</source>
        <translation>{day}过期（{when}）</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left</source>
        <translation>
            <numerusform>剩 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>expires {day} ({when})</source>
        <translation>{day}到期（{when}）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 还有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (day off)</source>
        <translation>{name}（放假）</translation>
    </message>
    <message>
        <source>Today: {names}</source>
        <translation>今天：{names}</translation>
    </message>
    <message>
        <source>This week: {names}</source>
        <translation>本周：{names}</translation>
    </message>
    <message>
        <source>Next 30 days: {names}</source>
        <translation>未来30天：{names}</translation>
    </message>
    <message>
        <source>Next: {name}, {days} ({when})</source>
        <translation>下一个：{name} {days}（{when}）</translation>
    </message>
</context>
<context>
    <name>BonusTiersDialog</name>
    <message>
        <source>Top-up bonus</source>
        <translation>充值赠送规则</translation>
    </message>
    <message>
        <source>A top-up gets the bonus of the highest tier it reaches, kept apart from the money paid in: with ¥1,000 → ¥200 and ¥2,000 → ¥500, a top-up of ¥1,500 gets ¥200. A refund pays back the money paid in; the bonus lapses.</source>
        <translation>每次充值按达到的最高档位赠送，赠送金额与本金分开记账：例如设“充 ¥1,000 送 ¥200”和“充 ¥2,000 送 ¥500”，充值 ¥1,500 赠送 ¥200。退款时只退本金，赠送金额作废。</translation>
    </message>
    <message>
        <source>Top-up from (¥)</source>
        <translation>充值满（¥）</translation>
    </message>
    <message>
        <source>Bonus (¥)</source>
        <translation>赠送（¥）</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>添加档位</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>删除档位</translation>
    </message>
    <message>
        <source>Tier {index}: {problem}</source>
        <translation>第 {index} 档：{problem}</translation>
    </message>
    <message>
        <source>Two tiers start at {amount}.</source>
        <translation>有两个档位都是充值满 {amount}。</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>wedding anniversary</source>
        <translation>结婚纪念日</translation>
    </message>
    <message>
        <source>{relation}&apos;s birthday</source>
        <translation>{relation}的生日</translation>
    </message>
    <message>
        <source>family birthday</source>
        <translation>家人生日</translation>
    </message>
    <message>
        <source>turns {age}</source>
        <translation>{age}岁生日</translation>
    </message>
    <message>
        <source>{age}-year anniversary</source>
        <translation>结婚{age}周年</translation>
    </message>
    <message>
        <source>{holiday}: working day</source>
        <translation>{holiday}调休上班</translation>
    </message>
    <message>
        <source>{name} (estimated)</source>
        <translation>{name}（预计）</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>班</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>{days}天后</translation>
    </message>
    <message>
        <source>Official day off</source>
        <translation>法定休息日</translation>
    </message>
    <message>
        <source>Adjusted working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Traditional festival</source>
        <translation>传统节日</translation>
    </message>
    <message>
        <source>Marketing day</source>
        <translation>营销节日</translation>
    </message>
    <message>
        <source>Shop date</source>
        <translation>店铺日期</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>上个月（PageUp 键）</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>下个月（PageDown 键）</translation>
    </message>
    <message>
        <source>Greeting templates…</source>
        <translation>问候模板…</translation>
    </message>
    <message>
        <source>Shop dates…</source>
        <translation>店铺日期…</translation>
    </message>
    <message>
        <source>This day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <source>Greetings</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>结婚纪念日</translation>
    </message>
    <message>
        <source>Family birthday</source>
        <translation>家人生日</translation>
    </message>
    <message>
        <source>Shop date</source>
        <translation>店铺日期</translation>
    </message>
    <message>
        <source>The official days off for {year} are not published yet; the days off shown are estimated.</source>
        <translation>{year}年放假安排尚未公布，休息日为预计。</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>回访内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>修改项</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>储值与次卡</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>编辑档案</translation>
    </message>
    <message>
        <source>Record visit</source>
        <translation>记录消费</translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>删除个人资料…</translation>
    </message>
    <message>
        <source>Export her card, visits and follow-ups…</source>
        <translation>导出此客户的档案、消费和回访记录…</translation>
    </message>
    <message>
        <source>Adjust points…</source>
        <translation>调整积分…</translation>
    </message>
    <message>
        <source>Void this purchase…</source>
        <translation>撤销这次消费…</translation>
    </message>
    <message>
        <source>Record a complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <source>Evaluate the relationship…</source>
        <translation>客户关系评估…</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Find a customer on the left, or press Ctrl+N for a new card.</source>
        <translation>请在左侧查找客户，或按 Ctrl+N 新建客户档案。</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>兑换…</translation>
    </message>
    <message>
        <source>Redeem points for a gift or a discount</source>
        <translation>用积分兑换礼品或折扣券</translation>
    </message>
    <message numerus="yes">
        <source>%n customers match: choose the right one in the list.</source>
        <translation>
            <numerusform>有 %n 位客户符合：请在列表中选出要找的那一位。</numerusform>
        </translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>（资料已删除）</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>⚠ Allergies and contraindications: {text}</source>
        <translation>⚠ 过敏/禁忌：{text}</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Personal adviser</source>
        <translation>专属顾问</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Skin / hair type</source>
        <translation>肤质/发质</translation>
    </message>
    <message>
        <source>Visits</source>
        <comment>count and amount on the card</comment>
        <translation>到店</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>到店 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} in all, last on {date}</source>
        <translation>累计消费 {amount}，最近一次 {date}</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>转介绍人</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Next anniversary</source>
        <translation>下次结婚纪念日</translation>
    </message>
    <message>
        <source>Next lunar birthday</source>
        <translation>下次农历生日</translation>
    </message>
    <message>
        <source>Next birthday</source>
        <translation>下次生日</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>已撤销：{reason}</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Purchase voided</source>
        <translation>消费已撤销</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <source>Package card</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>划扣</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>{date} (expired)</source>
        <translation>{date}（已过期）</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Categories of the items</source>
        <translation>项目品类</translation>
    </message>
    <message>
        <source>Find an item</source>
        <translation>查找项目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Give to the chosen items</source>
        <translation>设给选中的项目</translation>
    </message>
    <message>
        <source>Remove their category</source>
        <translation>清除品类</translation>
    </message>
    <message>
        <source>Give each item a category (hair, beauty, products …): the customer structure then shows the revenue by category. Double-click a category to change it, or choose several items and give them one together.</source>
        <translation>为每个项目设定品类（美发、美容、产品……），客户结构分析就能按品类显示营业额。双击品类可以修改，也可以选中多个项目一起设定。</translation>
    </message>
    <message>
        <source>Chosen items:</source>
        <translation>选中的项目：</translation>
    </message>
    <message>
        <source>{given} of {items} have a category</source>
        <translation>{items}中已有 {given} 个设定了品类</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>售出数量</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Backups and restores work on a database file, not on a server.</source>
        <translation>备份和恢复只适用于数据库文件，不适用于服务器上的数据库。</translation>
    </message>
    <message>
        <source>Restored {file}. The data from before is kept as {safety}</source>
        <translation>已从 {file} 恢复。恢复前的数据已另存为 {safety}</translation>
    </message>
    <message>
        <source>Cannot write the file: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>未知命令。</translation>
    </message>
    <message>
        <source>Created {count} sample customers in {seconds:.1f} s.</source>
        <translation>已创建 {count} 位示例客户，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>未导入的列：{columns}</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problem(s).</source>
        <translation>没有导入任何数据：共 {count} 处问题。</translation>
    </message>
    <message>
        <source>The file is fine: {created} new, {updated} to update, {unchanged} unchanged. Nothing was written (--dry-run).</source>
        <translation>文件没有问题：新增 {created} 位，将更新 {updated} 位，{unchanged} 位不变。未写入任何数据（--dry-run）。</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入：新增 {created} 位，更新 {updated} 位，{unchanged} 位不变。</translation>
    </message>
    <message>
        <source>Opening points balances posted: {count}.</source>
        <translation>已登记期初积分：{count} 位客户。</translation>
    </message>
    <message>
        <source>Opening stored values posted: {count}.</source>
        <translation>已登记期初储值：{count} 位客户。</translation>
    </message>
    <message>
        <source>Package cards brought over: {count}.</source>
        <translation>已导入次卡：{count} 张。</translation>
    </message>
    <message>
        <source>Exported {kind} to {file}.</source>
        <translation>已将 {kind} 导出到 {file}。</translation>
    </message>
    <message>
        <source>Printed {count} cards to {file}.</source>
        <translation>已将 {count} 张卡片打印到 {file}。</translation>
    </message>
    <message>
        <source>Problems found: {count}.</source>
        <translation>发现问题：{count} 个。</translation>
    </message>
    <message>
        <source>Everything is in order. Customers checked: {count}.</source>
        <translation>一切正常。已检查客户：{count} 位。</translation>
    </message>
    <message>
        <source>--from wants a date like 2026-11-22 between {first} and {last}, not {value}.</source>
        <translation>--from 需要 {first} 到 {last} 年之间的日期，如 2026-11-22，而不是 {value}。</translation>
    </message>
    <message>
        <source>--days wants a number from 1 to {max}.</source>
        <translation>--days 需要 1 到 {max} 之间的数字。</translation>
    </message>
    <message>
        <source>No birthdays or anniversaries in these days.</source>
        <translation>这几天没有生日或纪念日。</translation>
    </message>
    <message>
        <source>--year wants a year from {first} to {last}.</source>
        <translation>--year 需要 {first} 到 {last} 之间的年份。</translation>
    </message>
    <message>
        <source>The official days off for {year} are not published in this version yet: the days off shown are estimated.</source>
        <translation>本版本尚未包含 {year} 年的官方放假安排：显示的休息日为预计。</translation>
    </message>
</context>
<context>
    <name>ComplaintAnalysis</name>
    <message>
        <source>under an hour</source>
        <translation>不到1小时</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>近3个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近12个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Most complained about</source>
        <translation>投诉最多的类别</translation>
    </message>
    <message>
        <source>Average time to resolve</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <source>Resolved within the promised time</source>
        <translation>按承诺时间解决</translation>
    </message>
    <message>
        <source>Complaints resolved no later than promised, of those resolved or still open past their promised time (those count as late).</source>
        <translation>在承诺时间内解决的投诉，占已解决及超过承诺时间仍未解决的投诉的比例（后者算作超时）。</translation>
    </message>
    <message>
        <source>Complaints per month, by category</source>
        <translation>每月投诉数（按类别）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <source>Repeat complainers</source>
        <translation>多次投诉的顾客</translation>
    </message>
    <message>
        <source>There are no complaints in this period.</source>
        <translation>这段期间没有投诉。</translation>
    </message>
    <message>
        <source>{resolved} resolved, {open} still open</source>
        <translation>已解决 {resolved} 件，未解决 {open} 件</translation>
    </message>
    <message>
        <source>{complaints} each, {share} of all</source>
        <translation>各 {complaints}，各占全部的 {share}</translation>
    </message>
    <message>
        <source>{on_time} of {due} answers due</source>
        <translation>应答复 {due} 件，按时 {on_time} 件</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 件投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>{complaints}, {share} of all</source>
        <translation>{complaints}，占全部的 {share}</translation>
    </message>
    <message>
        <source>No complaint of this period is resolved yet.</source>
        <translation>这段期间的投诉还没有解决的。</translation>
    </message>
    <message numerus="yes">
        <source>over %n resolved complaint(s)</source>
        <translation>
            <numerusform>按已解决的 %n 件投诉计算</numerusform>
        </translation>
    </message>
    <message>
        <source>No promised time has come yet.</source>
        <translation>还没有投诉到承诺时间。</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>{share} ({on_time} of {due})</source>
        <translation>{share}（{due} 件中 {on_time} 件）</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>整个期间</translation>
    </message>
    <message>
        <source>Month received</source>
        <translation>投诉月份</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Within the promised time</source>
        <translation>按承诺时间解决</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Last complaint</source>
        <translation>最近一次投诉</translation>
    </message>
    <message>
        <source>What about</source>
        <translation>投诉内容</translation>
    </message>
    <message numerus="yes">
        <source>Repeat complainers (%n)</source>
        <translation>
            <numerusform>多次投诉的顾客（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers with a card who complained at least twice in this period. Double-click to open her card.</source>
        <translation>这段期间投诉两次及以上的会员顾客。双击打开顾客卡片。</translation>
    </message>
    <message>
        <source>Nobody with a card complained more than once in this period.</source>
        <translation>这段期间没有会员顾客投诉超过一次。</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Open her card</source>
        <translation>打开顾客卡</translation>
    </message>
    <message>
        <source>What the shop answers her</source>
        <translation>本店给顾客的答复</translation>
    </message>
    <message>
        <source>Insert a standard answer…</source>
        <translation>插入标准答复…</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>保存答复</translation>
    </message>
    <message>
        <source>Resolution and follow-up</source>
        <translation>处理结果与回访</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>Record the follow-up call…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>修改登记内容…</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理过程</translation>
    </message>
    <message>
        <source>This complaint does not exist.</source>
        <translation>这条投诉不存在。</translation>
    </message>
    <message>
        <source>Complaint no. {id}</source>
        <translation>投诉 {id} 号</translation>
    </message>
    <message>
        <source>Complaint no. {id} · {status}</source>
        <translation>投诉 {id} 号 · {status}</translation>
    </message>
    <message>
        <source>Received {received} by {channel} · {category} · {severity} · handler: {handler}</source>
        <translation>{received} 经{channel}收到 · {category} · {severity} · 处理人：{handler}</translation>
    </message>
    <message>
        <source>Answer promised by {time}</source>
        <translation>承诺答复时间：{time}</translation>
    </message>
    <message>
        <source>Resolved {time}: {text}</source>
        <translation>{time} 已解决：{text}</translation>
    </message>
    <message>
        <source>free service: {what}</source>
        <translation>免费服务：{what}</translation>
    </message>
    <message>
        <source>refund {amount}</source>
        <translation>退款 {amount}</translation>
    </message>
    <message>
        <source>gift: {what}</source>
        <translation>礼品：{what}</translation>
    </message>
    <message numerus="yes">
        <source>%n apology point(s)</source>
        <translation>
            <numerusform>致歉积分 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the kinds of compensation</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Compensation: {list}</source>
        <translation>补偿：{list}</translation>
    </message>
    <message>
        <source>Root cause: {text}</source>
        <translation>根本原因：{text}</translation>
    </message>
    <message>
        <source>Prevention: {text}</source>
        <translation>预防措施：{text}</translation>
    </message>
    <message>
        <source>Follow-up call on {date}</source>
        <translation>{date} 回访</translation>
    </message>
    <message>
        <source>Followed up {time}: {stars} — {note}</source>
        <translation>{time} 已回访：{stars} — {note}</translation>
    </message>
    <message>
        <source>Closed {time}: {reason}</source>
        <translation>{time} 已关闭：{reason}</translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation>修改了登记内容</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation>
            <numerusform>送出 %n 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) taken back</source>
        <translation>
            <numerusform>收回 %n 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>Close complaint no. {id}</source>
        <translation>关闭投诉 {id} 号</translation>
    </message>
    <message>
        <source>Close it without a follow-up call, e.g. she withdrew it or cannot be reached. Why?</source>
        <translation>不回访就关闭，例如顾客撤回投诉或联系不上。原因是？</translation>
    </message>
    <message>
        <source>It goes back to In progress. Why is it reopened?</source>
        <translation>投诉将回到“处理中”。为什么重新打开？</translation>
    </message>
    <message numerus="yes">
        <source>The %n apology point(s) given are taken back; they are given again when it is resolved.</source>
        <translation>
            <numerusform>已送的 %n 致歉积分将收回；再次解决时重新送出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen complaint no. {id}</source>
        <translation>重新打开投诉 {id} 号</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>A line in the timeline: a call made, a promise kept, what she said.</source>
        <translation>记入处理过程的一行：打了电话、兑现了承诺、顾客说了什么。</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注内容</translation>
    </message>
    <message>
        <source>The reply has changed and is not saved. Close and lose it?</source>
        <translation>答复已修改但未保存。关闭并放弃修改吗？</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>In the shop</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>点评网站</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>逾期 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) late</source>
        <translation>
            <numerusform>逾期 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsOnCard</name>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Promised by / follow-up</source>
        <translation>承诺时间 / 回访</translation>
    </message>
    <message>
        <source>Record a complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <source>Call back {date}</source>
        <translation>{date} 回访</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not finished</source>
        <translation>
            <numerusform>%n 条未完结</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaints.</source>
        <translation>没有投诉。</translation>
    </message>
    <message numerus="yes">
        <source>%n open complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉未解决</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>{date} · complaint no. {id}</source>
        <translation>{date} · 投诉 {id} 号</translation>
    </message>
    <message>
        <source>{text} · due</source>
        <translation>{text} · 已到期</translation>
    </message>
    <message>
        <source>Complaint follow-up</source>
        <translation>投诉回访</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Record a complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Open (new and in progress)</source>
        <translation>未解决（新建和处理中）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Follow-up call due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自定日期…</translation>
    </message>
    <message>
        <source>Search what happened or her name</source>
        <translation>搜索投诉内容或顾客姓名</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Standard answers…</source>
        <translation>标准答复…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>投诉箱</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) shown</source>
        <translation>
            <numerusform>显示 %n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} · open: {open} · overdue: {overdue} · follow-up calls due: {due}</source>
        <translation>{shown} · 未解决：{open} · 已逾期：{overdue} · 待回访：{due}</translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation>全部处理人</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>No complaints to export.</source>
        <translation>没有可导出的投诉。</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>正在写入 Excel 文件…</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer card — {name}</source>
        <translation>客户档案 — {name}</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Given automatically when left empty</source>
        <translation>留空则自动生成</translation>
    </message>
    <message>
        <source>Landline or foreign number</source>
        <translation>座机或境外号码</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>⚠ Allergies and contraindications</source>
        <translation>⚠ 过敏/禁忌</translation>
    </message>
    <message>
        <source>Birthdays and family</source>
        <translation>生日与家人</translation>
    </message>
    <message>
        <source>Born in a leap month: celebrate in the leap month in years that have it</source>
        <translation>闰月出生：逢有闰月的年份在闰月过生日</translation>
    </message>
    <message>
        <source>Work and preferences</source>
        <translation>工作与偏好</translation>
    </message>
    <message>
        <source>Source and notes</source>
        <translation>来源与备注</translation>
    </message>
    <message>
        <source>The referrer&apos;s member number or mobile</source>
        <translation>转介绍人的会员号或手机号</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Also greet on her lunar birthday (give the birth year to convert it)</source>
        <translation>也在农历生日问候（填写出生年份后才能换算）</translation>
    </message>
    <message>
        <source>Also greet on her solar birthday (give the birth year to convert it)</source>
        <translation>也在公历生日问候（填写出生年份后才能换算）</translation>
    </message>
    <message>
        <source>Also greet on her lunar birthday: {date}</source>
        <translation>也在农历生日问候：{date}</translation>
    </message>
    <message>
        <source>Also greet on her solar birthday: {date}</source>
        <translation>也在公历生日问候：{date}</translation>
    </message>
    <message>
        <source>Please check: {fields}</source>
        <translation>请检查：{fields}</translation>
    </message>
    <message>
        <source>Also on the card of: {names}</source>
        <translation>此手机号也在以下客户档案中：{names}</translation>
    </message>
    <message>
        <source>This card has changes that are not saved. Save them?</source>
        <translation>此档案有未保存的修改，要保存吗？</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, pinyin, last 4 digits or member no.</source>
        <translation>姓名、拼音、手机尾号或会员号</translation>
    </message>
    <message>
        <source>No card (anonymous)</source>
        <translation>无会员卡（匿名）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更换</translation>
    </message>
    <message>
        <source>Her name or a number to call back (optional)</source>
        <translation>顾客称呼或回电号码（可不填）</translation>
    </message>
    <message>
        <source>Nobody found. Tick “No card” to go on.</source>
        <translation>没有找到。勾选“无会员卡”继续。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match: type more to narrow.</source>
        <translation>
            <numerusform>有 %n 位顾客符合：再多输入几个字缩小范围。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Allergies or contraindications</source>
        <translation>过敏/禁忌</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Has allergies or contraindications: open the card before serving.</source>
        <translation>有过敏/禁忌：服务前请先查看客户档案。</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>（资料已删除）</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Name, pinyin initials (zs), last 4 digits of the mobile, or member number</source>
        <translation>姓名、拼音首字母（如 zs）、手机尾号后4位或会员号</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Relationship cards of the selected customers…</source>
        <translation>打印所选客户的客户关系卡…</translation>
    </message>
    <message>
        <source>Member cards of the selected customers…</source>
        <translation>打印所选客户的会员卡…</translation>
    </message>
    <message>
        <source>Relationship cards of everyone listed…</source>
        <translation>打印列表中全部客户的客户关系卡…</translation>
    </message>
    <message>
        <source>Member cards of everyone listed…</source>
        <translation>打印列表中全部客户的会员卡…</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel 表格</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>导出列表…</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>导出全部数据…</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>导入客户…</translation>
    </message>
    <message>
        <source>Download the import template…</source>
        <translation>下载导入模板…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Archive {name}? The card leaves the counter list but stays in the history and reports; you can bring it back with &apos;Show archived&apos;.</source>
        <translation>确定归档{name}吗？归档后，该档案不再出现在前台客户列表中，但仍保留在历史记录和报表里；勾选“显示已归档”即可找回并恢复。</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>删除个人资料</translation>
    </message>
    <message>
        <source>Erase all personal data of {name} ({member_no})?

Name, phone numbers, birthday, address, notes and history values are removed for good. Visits and amounts stay, so the shop&apos;s totals remain right. This cannot be undone.</source>
        <translation>确定删除{name}（{member_no}）的全部个人资料吗？

姓名、电话、生日、地址、备注以及修改记录中的内容将被永久删除。消费记录和金额会保留，店里的合计数据仍然准确。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>DailyTotalsModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>净变动</translation>
    </message>
</context>
<context>
    <name>DayDelegate</name>
    <message>
        <source>Off</source>
        <translation>休</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>班</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>还有{count}位</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Solar term</source>
        <translation>节气</translation>
    </message>
    <message numerus="yes">
        <source>%n occasion(s) — double-click to open the card</source>
        <translation>
            <numerusform>共 %n 项 — 双击打开客户档案</numerusform>
        </translation>
    </message>
    <message>
        <source>No birthdays or anniversaries on this day.</source>
        <translation>当天没有客户过生日或纪念日。</translation>
    </message>
</context>
<context>
    <name>DormantTab</name>
    <message>
        <source>Important grades only</source>
        <translation>只看重要客户</translation>
    </message>
    <message>
        <source>Record a follow-up…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>打开客户卡</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>spent {money} in the period</source>
        <translation>期间消费 {money}</translation>
    </message>
    <message>
        <source>Late: away longer than {pct} % of her usual gap between visits, and at least {min} days; with fewer than {visits} visits, after {default} days.</source>
        <translation>沉睡：未到店天数超过她平时到店间隔的 {pct}%，且至少 {min} 天；到店少于 {visits} 次的，超过 {default} 天算沉睡。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The data could not be saved</source>
        <translation>数据未能保存</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe; the details are in the log:
{path}

{error}</source>
        <translation>程序出了点问题。您的数据是安全的；详细信息记录在日志中：
{path}

{error}</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Relationship evaluations</source>
        <translation>客户关系评估汇总表</translation>
    </message>
    <message>
        <source>Member no. {member_no}</source>
        <translation>会员号 {member_no}</translation>
    </message>
    <message>
        <source>Evaluated on {date}</source>
        <translation>评估日期 {date}</translation>
    </message>
    <message>
        <source>Facts from {start} to {end}</source>
        <translation>统计期 {start} 至 {end}</translation>
    </message>
    <message>
        <source>Evaluated by {operator}</source>
        <translation>评估人 {operator}</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>打印时间：{when}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>评估人签字</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审核人签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>实际情况</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relationship evaluation</source>
        <translation>客户关系评估表</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Visit frequency</source>
        <translation>消费频次</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Years as a customer</source>
        <translation>客户年限</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Relationship evaluation — {name}</source>
        <translation>客户关系评估表 — {name}</translation>
    </message>
    <message>
        <source>{name} · member no. {member_no}</source>
        <translation>{name} · 会员号 {member_no}</translation>
    </message>
    <message>
        <source>Evaluated on {date} · facts from {start} to {end}</source>
        <translation>评估日期 {date} · 统计期 {start} 至 {end}</translation>
    </message>
    <message>
        <source>by {operator}</source>
        <translation>评估人 {operator}</translation>
    </message>
    <message>
        <source>Total {total} · grade {grade} · {advice}</source>
        <translation>总分 {total} · {grade} 级 · {advice}</translation>
    </message>
    <message>
        <source>What to do: e.g. invite her to the new facial</source>
        <translation>下一步做什么：例如邀请她体验新的面部护理</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save the evaluation</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Open her card</source>
        <translation>打开客户档案</translation>
    </message>
</context>
<context>
    <name>EvaluationListModel</name>
    <message>
        <source>Evaluated on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Save the evaluations as PDF</source>
        <translation>将评估表保存为 PDF</translation>
    </message>
    <message>
        <source>evaluation-summary</source>
        <translation>客户评估汇总</translation>
    </message>
    <message>
        <source>evaluation-forms</source>
        <translation>客户关系评估表</translation>
    </message>
    <message>
        <source>Cannot write the file: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <source>Print evaluations</source>
        <translation>打印评估表</translation>
    </message>
    <message>
        <source>No evaluations to print: evaluate customers first.</source>
        <translation>没有可打印的评估：请先评估客户。</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>No evaluations to export.</source>
        <translation>没有可导出的评估。</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>客户关系评估</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>正在写入 Excel 文件…</translation>
    </message>
    <message>
        <source>Evaluate a customer…</source>
        <translation>评估客户…</translation>
    </message>
    <message>
        <source>Evaluate top customers…</source>
        <translation>评估重点客户…</translation>
    </message>
    <message>
        <source>Scheme…</source>
        <translation>指标与权重…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近12个月</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade} 级</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>全部建议</translation>
    </message>
    <message>
        <source>Name or member no.</source>
        <translation>姓名或会员号</translation>
    </message>
    <message>
        <source>Delete the evaluation</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <source>Delete the evaluation of {name} ({member_no}) of {date}? Its scores go with it.</source>
        <translation>删除 {name}（{member_no}）{date} 的评估吗？其各项得分一并删除。</translation>
    </message>
</context>
<context>
    <name>EvaluationWords</name>
    <message>
        <source>Never came</source>
        <translation>从未到店</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up: neutral</source>
        <translation>无回访记录：按中性计分</translation>
    </message>
    <message>
        <source>{average} of 5</source>
        <translation>{average} / 5 分</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} 年</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) referred</source>
        <translation>
            <numerusform>转介绍 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 次投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n 份评估</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>huitouke</source>
        <translation>回头客</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>正在写入 Excel 文件…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Download the import template</source>
        <translation>下载导入模板</translation>
    </message>
    <message>
        <source>customer-import-template.xlsx</source>
        <translation>客户导入模板.xlsx</translation>
    </message>
</context>
<context>
    <name>ExpiringCardsDialog</name>
    <message>
        <source>Package cards expiring soon</source>
        <translation>即将到期的次卡</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) with sessions left expire within 30 days: remind her.</source>
        <translation>
            <numerusform>%n 张还有剩余次数的次卡将在 30 天内到期：记得提醒客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>No package card with sessions left expires within 30 days.</source>
        <translation>30 天内没有还剩次数的次卡到期。</translation>
    </message>
</context>
<context>
    <name>ExpiringCardsModel</name>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>Sessions left</source>
        <translation>剩余次数</translation>
    </message>
</context>
<context>
    <name>ExpiringModel</name>
    <message>
        <source>Last day</source>
        <translation>最后有效日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
</context>
<context>
    <name>ExpiryAtStart</name>
    <message numerus="yes">
        <source>Points past their last day expired: %n entry(s) posted.</source>
        <translation>
            <numerusform>已处理过期积分：记入 %n 笔过期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyMemberDialog</name>
    <message>
        <source>Family member</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>e.g. husband, daughter, mother</source>
        <translation>如：丈夫、女儿、母亲</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
</context>
<context>
    <name>FamilyTable</name>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>FestivalChoice</name>
    <message>
        <source>Also send festival greetings: {festival}</source>
        <translation>也发送节日问候：{festival}</translation>
    </message>
    <message>
        <source>Also send festival greetings:</source>
        <translation>也发送节日问候：</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record a follow-up — {name}</source>
        <translation>记录回访 — {name}</translation>
    </message>
    <message>
        <source>How she is doing, what she liked or disliked, what she asked for</source>
        <translation>她的近况、满意和不满意的地方、提出的需求</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>Schedule the next follow-up</source>
        <translation>安排下次回访</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>回访内容</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>Discard this follow-up?</source>
        <translation>放弃这条回访记录？</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation>您填写的内容尚未保存。确定关闭并放弃吗？</translation>
    </message>
</context>
<context>
    <name>FormTable</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>实际情况</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>GradingTab</name>
    <message>
        <source>Grade again now</source>
        <translation>立即重新分级</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source>80/20: who brings the revenue</source>
        <translation>80/20：营业额来自谁</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Set her grade</source>
        <translation>手动设定分级</translation>
    </message>
    <message>
        <source>Use the computed grade</source>
        <translation>恢复自动分级</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>打开客户卡</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Customers of:</source>
        <translation>客户分级：</translation>
    </message>
    <message>
        <source>Grading the customers…</source>
        <translation>正在给客户分级…</translation>
    </message>
    <message>
        <source>Not graded yet: grade the customers to see this.</source>
        <translation>还没有分级：先给客户分级再看。</translation>
    </message>
    <message numerus="yes">
        <source>Graded on {day} over the last %n month(s) ({start} – {day}): recency, frequency and money, each against the shop&apos;s average.</source>
        <translation>
            <numerusform>{day} 按最近 %n 个月（{start} – {day}）分级：最近消费、消费频次、消费金额，各与全店平均比较。</numerusform>
        </translation>
    </message>
    <message>
        <source>The top 20 % ({top} customers) brought {share} of the revenue; 80 % of it came from {few} customers ({few_share} of {buyers} buyers).</source>
        <translation>前 20% 的客户（{top} 位）带来了 {share} 的营业额；80% 的营业额来自 {few} 位客户（占 {buyers} 位消费客户的 {few_share}）。</translation>
    </message>
    <message>
        <source>No purchases in the period.</source>
        <translation>期间内没有消费。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GreetingSection</name>
    <message>
        <source>Marking the greetings as sent…</source>
        <translation>正在标记为已发送…</translation>
    </message>
    <message>
        <source>Marking the greetings as not sent…</source>
        <translation>正在标记为未发送…</translation>
    </message>
</context>
<context>
    <name>GreetingTableModel</name>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>祝福语</translation>
    </message>
    <message>
        <source>No message: the greeting contains an offer</source>
        <translation>不发送：祝福语含促销内容</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} 积分</translation>
    </message>
    <message>
        <source>Sent {time}</source>
        <translation>发送于 {time}</translation>
    </message>
    <message>
        <source>The greeting template contains an offer, and this customer has not agreed to marketing messages.</source>
        <translation>问候模板含促销内容，而该客户未同意接收营销信息。</translation>
    </message>
</context>
<context>
    <name>GreetingsPanel</name>
    <message>
        <source>Greetings {date}</source>
        <translation>问候名单 {date}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>正在写入 Excel 文件…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制祝福语</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>标记已发送</translation>
    </message>
    <message>
        <source>Mark not sent</source>
        <translation>标记未发送</translation>
    </message>
    <message>
        <source>Mark as sent when copied</source>
        <translation>复制后自动标记已发送</translation>
    </message>
    <message>
        <source>No customers to greet on this day.</source>
        <translation>这一天没有需要问候的客户</translation>
    </message>
    <message>
        <source>Greetings — {date}</source>
        <translation>问候名单 — {date}</translation>
    </message>
    <message>
        <source>Preparing the festival greetings…</source>
        <translation>正在准备节日问候…</translation>
    </message>
    <message>
        <source>To greet: {count} ({sent} sent)</source>
        <translation>需问候：{count} 位（已发送 {sent} 位）</translation>
    </message>
    <message>
        <source>Not agreed to marketing messages (send only greetings without an offer): {count} ({sent} sent)</source>
        <translation>未同意营销（只发送不含促销的祝福）：{count} 位（已发送 {sent} 位）</translation>
    </message>
    <message>
        <source>The greeting for {occasions} contains an offer, so these customers get no message from it. Greet them in person, or use a greeting without an offer.</source>
        <translation>{occasions}的祝福语含促销内容，因此不会给这些客户生成祝福语。请当面问候，或改用不含促销的祝福语。</translation>
    </message>
    <message>
        <source>This customer has not agreed to marketing messages, and the greeting contains an offer.</source>
        <translation>该客户未同意接收营销信息，而这条祝福语含促销内容。</translation>
    </message>
    <message>
        <source>Copy the selected customer&apos;s message (Ctrl+C)</source>
        <translation>复制所选客户的祝福语（Ctrl+C）</translation>
    </message>
    <message>
        <source>Copied the message for {name}.</source>
        <translation>已复制给{name}的祝福语。</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Laba Festival</source>
        <translation>腊八节</translation>
    </message>
    <message>
        <source>Chinese New Year&apos;s Eve</source>
        <translation>除夕</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <source>Dragon Raises Its Head</source>
        <translation>龙抬头</translation>
    </message>
    <message>
        <source>Valentine&apos;s Day</source>
        <translation>情人节</translation>
    </message>
    <message>
        <source>Women&apos;s Day</source>
        <translation>妇女节</translation>
    </message>
    <message>
        <source>Qingming Festival</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Mother&apos;s Day</source>
        <translation>母亲节</translation>
    </message>
    <message>
        <source>520 Day</source>
        <translation>520</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>儿童节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>618 Shopping Festival</source>
        <translation>618</translation>
    </message>
    <message>
        <source>Father&apos;s Day</source>
        <translation>父亲节</translation>
    </message>
    <message>
        <source>Qixi Festival</source>
        <translation>七夕</translation>
    </message>
    <message>
        <source>Teachers&apos; Day</source>
        <translation>教师节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Double Ninth Festival</source>
        <translation>重阳节</translation>
    </message>
    <message>
        <source>Double Eleven</source>
        <translation>双十一</translation>
    </message>
    <message>
        <source>Thanksgiving</source>
        <translation>感恩节</translation>
    </message>
    <message>
        <source>Double Twelve</source>
        <translation>双十二</translation>
    </message>
    <message>
        <source>Winter Solstice</source>
        <translation>冬至</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>平安夜</translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation>圣诞节</translation>
    </message>
    <message>
        <source>70th Anniversary of the Victory</source>
        <translation>抗战胜利70周年纪念日</translation>
    </message>
    <message>
        <source>Minor Cold</source>
        <translation>小寒</translation>
    </message>
    <message>
        <source>Major Cold</source>
        <translation>大寒</translation>
    </message>
    <message>
        <source>Start of Spring</source>
        <translation>立春</translation>
    </message>
    <message>
        <source>Rain Water</source>
        <translation>雨水</translation>
    </message>
    <message>
        <source>Awakening of Insects</source>
        <translation>惊蛰</translation>
    </message>
    <message>
        <source>Spring Equinox</source>
        <translation>春分</translation>
    </message>
    <message>
        <source>Pure Brightness</source>
        <translation>清明</translation>
    </message>
    <message>
        <source>Grain Rain</source>
        <translation>谷雨</translation>
    </message>
    <message>
        <source>Start of Summer</source>
        <translation>立夏</translation>
    </message>
    <message>
        <source>Grain Buds</source>
        <translation>小满</translation>
    </message>
    <message>
        <source>Grain in Ear</source>
        <translation>芒种</translation>
    </message>
    <message>
        <source>Summer Solstice</source>
        <translation>夏至</translation>
    </message>
    <message>
        <source>Minor Heat</source>
        <translation>小暑</translation>
    </message>
    <message>
        <source>Major Heat</source>
        <translation>大暑</translation>
    </message>
    <message>
        <source>Start of Autumn</source>
        <translation>立秋</translation>
    </message>
    <message>
        <source>End of Heat</source>
        <translation>处暑</translation>
    </message>
    <message>
        <source>White Dew</source>
        <translation>白露</translation>
    </message>
    <message>
        <source>Autumn Equinox</source>
        <translation>秋分</translation>
    </message>
    <message>
        <source>Cold Dew</source>
        <translation>寒露</translation>
    </message>
    <message>
        <source>Frost&apos;s Descent</source>
        <translation>霜降</translation>
    </message>
    <message>
        <source>Start of Winter</source>
        <translation>立冬</translation>
    </message>
    <message>
        <source>Minor Snow</source>
        <translation>小雪</translation>
    </message>
    <message>
        <source>Major Snow</source>
        <translation>大雪</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers — {file}</source>
        <translation>导入客户 — {file}</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>新增 {created} 位，更新 {updated} 位，{unchanged} 位不变。</translation>
    </message>
    <message>
        <source>Problems to fix: {count}. Nothing is imported until the file is clean: fix it in Excel or WPS, save it, then press Check again.</source>
        <translation>需要改正的问题：{count} 处。文件改好之前不会导入任何数据：请在 Excel 或 WPS 中改正并保存，然后点“重新检查”。</translation>
    </message>
    <message>
        <source>The file is clean. Nothing is written until you press Import.</source>
        <translation>文件没有问题。点“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>未导入的列：{columns}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 处</translation>
    </message>
    <message numerus="yes">
        <source>Opening points posted for %n customer(s).</source>
        <translation>
            <numerusform>已为 %n 位客户记入期初积分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening stored value posted for %n customer(s).</source>
        <translation>
            <numerusform>已为 %n 位客户登记期初储值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package cards brought over: %n.</source>
        <translation>
            <numerusform>已导入次卡 %n 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入：新增 {created} 位，更新 {updated} 位，{unchanged} 位不变。</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>处理方式</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Promised by / follow-up</source>
        <translation>承诺时间 / 回访</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Call back {date}</source>
        <translation>{date} 回访</translation>
    </message>
    <message>
        <source>{text} · due</source>
        <translation>{text} · 已到期</translation>
    </message>
    <message>
        <source>Satisfaction {score}/5</source>
        <translation>满意度 {score}/5</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>shop&apos;s default</source>
        <translation>按店里默认</translation>
    </message>
    <message>
        <source>every {days} days</source>
        <translation>每 {days} 天来一次</translation>
    </message>
    <message>
        <source>Late after {days} days without a visit</source>
        <translation>超过 {days} 天不来算沉睡</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Spent (period)</source>
        <translation>期间消费</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>消费次数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Usual rhythm</source>
        <translation>平时节奏</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>未到店天数</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>To wake (late up to {wake} days)</source>
        <translation>待唤醒（超期 {wake} 天内）</translation>
    </message>
    <message>
        <source>All late customers</source>
        <translation>全部沉睡客户</translation>
    </message>
    <message>
        <source>Late 1–3 months</source>
        <translation>超期 1–3 个月</translation>
    </message>
    <message>
        <source>Late over 3 months</source>
        <translation>超期 3 个月以上</translation>
    </message>
    <message>
        <source>Set by the shop; computed: {grade}</source>
        <translation>店里手动设定；自动分级为：{grade}</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC 分类</translation>
    </message>
    <message>
        <source>Days since purchase</source>
        <translation>距上次消费天数</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>消费次数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>营业额占比</translation>
    </message>
    <message>
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Important to develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <source>Important to keep</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <source>Important to win back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <source>General to develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <source>General to keep</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <source>General to win back</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>无消费</translation>
    </message>
    <message>
        <source>Improve</source>
        <translation>改进</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>维持</translation>
    </message>
    <message>
        <source>End the relationship</source>
        <translation>终止关系</translation>
    </message>
    <message>
        <source> (set by the shop)</source>
        <translation>（店里手动设定）</translation>
    </message>
    <message>
        <source>too few visits to tell</source>
        <translation>到店次数太少，看不出节奏</translation>
    </message>
    <message>
        <source>late by {days} days</source>
        <translation>已超期 {days} 天</translation>
    </message>
    <message>
        <source>Grade (RFM)</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Her rhythm</source>
        <translation>到店节奏</translation>
    </message>
</context>
<context>
    <name>InsightExport</name>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>正在写入 Excel 文件…</translation>
    </message>
</context>
<context>
    <name>InsightPage</name>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>关系评估</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>客户结构</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>生日与节日</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>客户分析</translation>
    </message>
    <message>
        <source>Open: {open} · overdue: {overdue} · follow-up calls due: {due}</source>
        <translation>未解决：{open} · 已逾期：{overdue} · 待回访：{due}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Record a complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation>备份到…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Points rule…</source>
        <translation>积分规则…</translation>
    </message>
    <message>
        <source>Rewards…</source>
        <translation>兑换礼品…</translation>
    </message>
    <message>
        <source>Packages…</source>
        <translation>次卡套餐…</translation>
    </message>
    <message>
        <source>Top-up bonus…</source>
        <translation>充值赠送规则…</translation>
    </message>
    <message>
        <source>Standard answers…</source>
        <translation>标准答复…</translation>
    </message>
    <message>
        <source>Package cards expiring soon…</source>
        <translation>即将到期的次卡…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About Huitouke</source>
        <translation>关于回头客</translation>
    </message>
    <message>
        <source>Huitouke</source>
        <translation>回头客</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>操作员：{name}</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Saved a copy of all data as
{path}</source>
        <translation>已将全部数据备份为：
{path}</translation>
    </message>
    <message>
        <source>Huitouke backups (*.db);;All files (*)</source>
        <translation>回头客备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace all current data with the backup
{path}?

A copy of the current data is kept in the backups folder first.</source>
        <translation>确定用以下备份替换当前的全部数据吗？
{path}

恢复前，会先把当前数据复制一份保存到备份文件夹。</translation>
    </message>
    <message>
        <source>The backup is restored. The data from before is kept as
{path}</source>
        <translation>备份已恢复。恢复前的数据已另存为：
{path}</translation>
    </message>
    <message numerus="yes">
        <source>Everything is in order: %n customer(s) checked.</source>
        <translation>
            <numerusform>一切正常：已检查 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>……另有 {count} 个问题。</translation>
    </message>
    <message>
        <source>Huitouke {version}
Keeps a small shop&apos;s returning customers: cards, birthdays, visits and follow-ups, all on this computer.
Database: {db}</source>
        <translation>回头客 {version}
帮小店留住回头客：客户档案、生日、消费记录和回访，全部保存在这台电脑上。
数据库：{db}</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>Select a customer to read her whole message here.</source>
        <translation>选择一位客户，可在这里查看完整的祝福语。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database file is damaged: {detail}</source>
        <translation>数据库文件已损坏：{detail}</translation>
    </message>
    <message>
        <source>Row {row} of table {table} refers to a missing row of table {parent}.</source>
        <translation>表 {table} 的第 {row} 行引用了表 {parent} 中不存在的行。</translation>
    </message>
    <message>
        <source>Member {member_no}: the card shows {card_count} visits, ¥{card_spent}, last on {card_last}, but the visits add up to {count} visits, ¥{spent}, last on {last}.</source>
        <translation>会员 {member_no}：档案显示到店 {card_count} 次、消费 ¥{card_spent}、最近一次 {card_last}，但消费记录合计为到店 {count} 次、消费 ¥{spent}、最近一次 {last}。</translation>
    </message>
    <message>
        <source>Member {member_no}: the visit on {visited_on} is recorded as ¥{amount}, but its items add up to ¥{items}.</source>
        <translation>会员 {member_no}：{visited_on} 的消费记录金额为 ¥{amount}，但各项目合计为 ¥{items}。</translation>
    </message>
    <message>
        <source>Member {member_no}: the name cannot be found by pinyin search.</source>
        <translation>会员 {member_no}：用拼音搜索找不到该姓名。</translation>
    </message>
    <message>
        <source>Member {member_no}: the last four digits kept for the counter search do not match the mobile.</source>
        <translation>会员 {member_no}：用于前台搜索的手机尾号与手机号不一致。</translation>
    </message>
    <message>
        <source>Member {member_no}: the card was erased but still holds personal data.</source>
        <translation>会员 {member_no}：档案的个人资料已删除，但仍留有个人信息。</translation>
    </message>
    <message>
        <source>Member {member_no}: the second birthday kept for greetings is not the same day of birth as the birthday on the card. Open the card and save it again.</source>
        <translation>会员 {member_no}：用于问候的第二个生日与档案上的生日不是同一天出生，请打开档案重新保存。</translation>
    </message>
    <message>
        <source>Member {member_no}: the card shows {card} points, but the points entries add up to {sum}.</source>
        <translation>会员 {member_no}：档案上显示 {card} 分，但积分流水合计为 {sum} 分。</translation>
    </message>
    <message>
        <source>Member {member_no}: points entry #{entry} shows a balance of {shown} after it, but the entries up to it add up to {sum}.</source>
        <translation>会员 {member_no}：积分记录 #{entry} 显示余额 {shown} 分，但截至这笔的流水合计为 {sum} 分。</translation>
    </message>
    <message>
        <source>Member {member_no}: points entry #{entry} is a reversal that does not undo exactly one other entry of hers (#{original}).</source>
        <translation>会员 {member_no}：积分记录 #{entry} 是冲正，但没有正好抵消她的另一笔记录（#{original}）。</translation>
    </message>
    <message>
        <source>Member {member_no}: the card shows a stored value of {card_principal} + {card_bonus} bonus, but its entries add up to {principal} + {bonus} bonus.</source>
        <translation>会员 {member_no}：档案上的储值为本金 {card_principal} + 赠送 {card_bonus}，但储值流水合计为本金 {principal} + 赠送 {bonus}。</translation>
    </message>
    <message>
        <source>Member {member_no}: stored-value entry #{entry} shows a balance after it that is not the sum of the entries up to it, or below zero.</source>
        <translation>会员 {member_no}：储值记录 #{entry} 的余额不等于截至这笔的流水合计，或为负数。</translation>
    </message>
    <message>
        <source>Member {member_no}: stored-value entry #{entry} is a reversal that does not undo exactly one other entry of hers (#{original}).</source>
        <translation>会员 {member_no}：储值记录 #{entry} 是冲正，但没有正好抵消她的另一笔记录（#{original}）。</translation>
    </message>
    <message>
        <source>Member {member_no}: package card #{card} shows {card_used} of {sessions} sessions used, but its entries add up to {used}.</source>
        <translation>会员 {member_no}：次卡 #{card} 显示已用 {card_used}/{sessions} 次，但划扣记录合计为 {used} 次。</translation>
    </message>
    <message>
        <source>Member {member_no}: session entry #{entry} of package card #{card} does not follow from the entries before it, or leaves more sessions used than sold.</source>
        <translation>会员 {member_no}：次卡 #{card} 的划扣记录 #{entry} 与之前的记录对不上，或已用次数超过总次数。</translation>
    </message>
    <message>
        <source>Member number {member_no} belongs to {name}.</source>
        <translation>会员号 {member_no} 已属于{name}。</translation>
    </message>
    <message>
        <source>No customer has the member number or mobile {value}.</source>
        <translation>找不到会员号或手机号为 {value} 的客户。</translation>
    </message>
    <message>
        <source>A customer cannot refer herself.</source>
        <translation>客户不能做自己的转介绍人。</translation>
    </message>
    <message>
        <source>Please write what happened.</source>
        <translation>请写下发生了什么。</translation>
    </message>
    <message>
        <source>The complaint cannot be received in the future.</source>
        <translation>收到投诉的时间不能在将来。</translation>
    </message>
    <message>
        <source>The promised time must be after the complaint was received.</source>
        <translation>承诺时间必须晚于收到投诉的时间。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased.</source>
        <translation>该客户的个人资料已删除。</translation>
    </message>
    <message>
        <source>This complaint does not exist.</source>
        <translation>这条投诉不存在。</translation>
    </message>
    <message>
        <source>This complaint has changed meanwhile: that step is no longer possible.</source>
        <translation>这条投诉刚刚被别人改过：这一步已不能做了。</translation>
    </message>
    <message>
        <source>Please write what was done.</source>
        <translation>请写下做了哪些处理。</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>请写明原因。</translation>
    </message>
    <message>
        <source>Please write what she said.</source>
        <translation>请写下顾客说了什么。</translation>
    </message>
    <message>
        <source>Choose the day of the follow-up call.</source>
        <translation>请选择回访日期。</translation>
    </message>
    <message>
        <source>The follow-up cannot be before today.</source>
        <translation>回访日期不能早于今天。</translation>
    </message>
    <message>
        <source>The refund must be between ¥0 and ¥1,000,000.</source>
        <translation>退款金额须在 ¥0 到 ¥1,000,000 之间。</translation>
    </message>
    <message>
        <source>Apology points must be 0 to {max}.</source>
        <translation>致歉积分须在 0 到 {max} 之间。</translation>
    </message>
    <message>
        <source>Points can only be given to a customer with a card.</source>
        <translation>只能给有会员卡的顾客送积分。</translation>
    </message>
    <message>
        <source>Complaint #{id} reopened</source>
        <translation>投诉 {id} 号重新打开</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Please try again.</source>
        <translation>数据库正被其他窗口或程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>The database cannot be changed: the file or its folder is read-only.</source>
        <translation>无法修改数据库：文件或所在文件夹是只读的。</translation>
    </message>
    <message>
        <source>The disk is full. Please free some space and try again.</source>
        <translation>磁盘已满，请清理出一些空间后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged. Please restore a backup.</source>
        <translation>数据库文件已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Please check the folder and its access rights.</source>
        <translation>无法打开数据库文件，请检查文件夹及其访问权限。</translation>
    </message>
    <message>
        <source>The database could not be read or written.</source>
        <translation>无法读取或写入数据库。</translation>
    </message>
    <message>
        <source>The database location is a folder, not a file.</source>
        <translation>数据库位置是一个文件夹，而不是文件。</translation>
    </message>
    <message>
        <source>The folder cannot be written to. Please choose another place.</source>
        <translation>无法写入该文件夹，请选择其他位置。</translation>
    </message>
    <message>
        <source>This database was made by a newer version of 回头客. Please install the newer version to open it.</source>
        <translation>此数据库由较新版本的回头客创建，请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>This file is not a 回头客 database or backup.</source>
        <translation>此文件不是回头客的数据库或备份。</translation>
    </message>
    <message>
        <source>This database belongs to another program, not to 回头客.</source>
        <translation>此数据库属于其他程序，不是回头客的数据库。</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>内容过长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Please enter the customer&apos;s name.</source>
        <translation>请输入客户姓名。</translation>
    </message>
    <message>
        <source>A member number has only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>会员号只能包含字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13–19, e.g. 138 1234 5678.</source>
        <translation>手机号为 11 位数字，以 13–19 开头，如 138 1234 5678。</translation>
    </message>
    <message>
        <source>Not a phone number: use e.g. 010-12345678, 400-123-4567 or +44 20 7946 0958.</source>
        <translation>电话号码格式不正确，请参照：010-12345678、400-123-4567 或 +44 20 7946 0958。</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>月份必须在 1 到 12 之间。</translation>
    </message>
    <message>
        <source>That day does not exist in this month.</source>
        <translation>这个月没有这一天。</translation>
    </message>
    <message>
        <source>A lunar month has at most 30 days.</source>
        <translation>农历每月最多 30 天。</translation>
    </message>
    <message>
        <source>That lunar date does not exist in {year}: the month has {days} days.</source>
        <translation>{year} 年没有这个农历日期：该月只有 {days} 天。</translation>
    </message>
    <message>
        <source>Lunar year {year} has no leap month {month}.</source>
        <translation>农历 {year} 年没有闰{month}月。</translation>
    </message>
    <message>
        <source>Only a lunar date can be in a leap month.</source>
        <translation>只有农历日期才有闰月。</translation>
    </message>
    <message>
        <source>The year must be between {low} and {high}.</source>
        <translation>年份必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>该日期晚于今天。</translation>
    </message>
    <message>
        <source>The photo is too large: at most {limit} KB.</source>
        <translation>照片太大：最大 {limit} KB。</translation>
    </message>
    <message>
        <source>At most {limit} tags.</source>
        <translation>最多 {limit} 个标签。</translation>
    </message>
    <message>
        <source>A tag has at most {limit} characters.</source>
        <translation>每个标签最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The wedding anniversary is kept as a solar date.</source>
        <translation>结婚纪念日只能填公历日期。</translation>
    </message>
    <message>
        <source>Family member {index}: please enter a name or a relation.</source>
        <translation>第 {index} 位家人：请填写姓名或关系。</translation>
    </message>
    <message>
        <source>Add at least one item or service.</source>
        <translation>请至少添加一项商品或服务。</translation>
    </message>
    <message>
        <source>Item {index}: please enter what was bought or done.</source>
        <translation>第 {index} 项：请填写购买的商品或做的项目。</translation>
    </message>
    <message>
        <source>Item {index}: the quantity must be 1 to 9999.</source>
        <translation>第 {index} 项：数量必须在 1 到 9999 之间。</translation>
    </message>
    <message>
        <source>Item {index}: the price must be between ¥0 and ¥1,000,000.</source>
        <translation>第 {index} 项：单价必须在 ¥0 到 ¥1,000,000 之间。</translation>
    </message>
    <message>
        <source>Not an amount of money: use digits with at most two decimals, e.g. 128.50.</source>
        <translation>金额格式不正确：请输入数字，最多两位小数，如 128.50。</translation>
    </message>
    <message>
        <source>This date is before 1990.</source>
        <translation>该日期早于 1990 年。</translation>
    </message>
    <message>
        <source>Satisfaction is 1 to 5.</source>
        <translation>满意度应为 1 到 5。</translation>
    </message>
    <message>
        <source>The next follow-up must be after this one.</source>
        <translation>下次回访日期必须晚于本次回访。</translation>
    </message>
    <message>
        <source>Please write what was said.</source>
        <translation>请填写回访内容。</translation>
    </message>
    <message>
        <source>Give the reason for voiding this purchase.</source>
        <translation>请填写撤销这次消费的原因。</translation>
    </message>
    <message>
        <source>This visit does not exist.</source>
        <translation>这条消费记录不存在。</translation>
    </message>
    <message>
        <source>This purchase was voided already.</source>
        <translation>这次消费已经撤销过了。</translation>
    </message>
    <message>
        <source>Sample data goes only into an empty database; this one already holds customers ({count}).</source>
        <translation>示例数据只能放入空数据库；这个数据库已有 {count} 位客户。</translation>
    </message>
    <message>
        <source>The number of sample customers must be between {low} and {high}.</source>
        <translation>示例客户数量必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <source>Sample data cancelled: nothing was written.</source>
        <translation>已取消载入示例数据，未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot save {file}: the folder {folder} does not exist.</source>
        <translation>无法保存 {file}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Cannot save {file}: it is a folder.</source>
        <translation>无法保存 {file}：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot save {file}: it is open in Excel or another program, or the folder is read-only. Close the file or choose another folder, then export again.</source>
        <translation>无法保存 {file}：文件正在 Excel 或其他程序中打开，或文件夹只读。请关闭该文件或换一个文件夹，然后重新导出。</translation>
    </message>
    <message>
        <source>Cannot save {file}: the disk is full.</source>
        <translation>无法保存 {file}：磁盘已满。</translation>
    </message>
    <message>
        <source>Cannot save {file}: {reason}</source>
        <translation>无法保存 {file}：{reason}</translation>
    </message>
    <message>
        <source>row {row}: {column}: {reason}</source>
        <translation>第 {row} 行：{column}：{reason}</translation>
    </message>
    <message>
        <source>{file} has no customers below its header row.</source>
        <translation>{file} 的表头下面没有客户。</translation>
    </message>
    <message>
        <source>This customer already has {balance} points: change them with an adjustment on her card.</source>
        <translation>这位客户已有积分（{balance} 分）：导入不会改写积分记录，请在她的客户卡上做积分调整。</translation>
    </message>
    <message>
        <source>This column appears twice (columns {first} and {second}): keep one.</source>
        <translation>这一列出现了两次（第 {first} 列和第 {second} 列）：请只保留一列。</translation>
    </message>
    <message>
        <source>Member number {member_no} is also on row {row}.</source>
        <translation>会员号 {member_no} 在第 {row} 行也出现了。</translation>
    </message>
    <message>
        <source>Mobile {mobile} is also on row {row} and neither row has a member number: give each customer her member number, or remove the repeated row.</source>
        <translation>手机号 {mobile} 在第 {row} 行也出现了，且两行都没有会员号：请给每位客户填上会员号，或删除重复的行。</translation>
    </message>
    <message>
        <source>Row {row} already updates this customer ({name} · {member_no}).</source>
        <translation>第 {row} 行已经在更新这位客户（{name} · {member_no}）。</translation>
    </message>
    <message>
        <source>{count} customers have the mobile {mobile}: write the member number of the one to update.</source>
        <translation>有 {count} 位客户使用手机号 {mobile}：请填写要更新的那位客户的会员号。</translation>
    </message>
    <message>
        <source>The file has {count} problems: nothing was imported. Fix them and check again.</source>
        <translation>文件中有 {count} 处问题：没有导入任何数据。请改正后重新检查。</translation>
    </message>
    <message>
        <source>The customers changed since the file was checked: nothing was imported. Please check the file again.</source>
        <translation>检查文件之后客户资料有了变化：没有导入任何数据。请重新检查文件。</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>无法读取文件 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>{file} 不是 Excel 工作簿（.xlsx），或已损坏。请用 Excel 或 WPS 打开并另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{file} is an old Excel file (.xls). Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>{file} 是旧版 Excel 文件（.xls）。请用 Excel 或 WPS 打开并另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Open it in Excel or WPS, remove the password and save it again.</source>
        <translation>{file} 设有密码保护。请用 Excel 或 WPS 打开，取消密码后重新保存。</translation>
    </message>
    <message>
        <source>No header row found in {file}: one of the first {rows} rows must name the columns, at least 姓名 (name).</source>
        <translation>在 {file} 中找不到表头：前 {rows} 行中必须有一行写明各列名称，至少要有“姓名”。</translation>
    </message>
    <message>
        <source>Not a date: write e.g. 1990-08-15, 08-15, 8月15日, 农历八月十五 or 农历1990-08-15.</source>
        <translation>不是日期：请写成如 1990-08-15、08-15、8月15日、农历八月十五 或 农历1990-08-15。</translation>
    </message>
    <message>
        <source>Not a date with its year: write e.g. 2024-03-01.</source>
        <translation>需要带年份的日期：请写成如 2024-03-01。</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>“{value}”不在可选值中：{choices}。</translation>
    </message>
    <message>
        <source>This says solar, but the birthday is written as a lunar date (农历).</source>
        <translation>这里写的是公历，但生日写成了农历日期。</translation>
    </message>
    <message>
        <source>This says lunar, but the birthday is written as a solar date (公历).</source>
        <translation>这里写的是农历，但生日写成了公历日期。</translation>
    </message>
    <message>
        <source>This says no, but the birthday is written in a leap month (闰).</source>
        <translation>这里写的是“否”，但生日写在闰月。</translation>
    </message>
    <message>
        <source>“{value}” is not a number of points: write a whole number, e.g. 1280.</source>
        <translation>“{value}” 不是积分数：请填写整数，例如 1280。</translation>
    </message>
    <message>
        <source>Points are whole numbers: {value} has a fraction.</source>
        <translation>积分只能是整数：{value} 带有小数。</translation>
    </message>
    <message>
        <source>An opening balance is at most {max} points.</source>
        <translation>期初积分最多 {max} 分。</translation>
    </message>
    <message>
        <source>No customer has these member numbers: {numbers}.</source>
        <translation>没有客户使用这些会员号：{numbers}。</translation>
    </message>
    <message>
        <source>Write the greeting; it cannot be empty.</source>
        <translation>请填写祝福语，不能为空。</translation>
    </message>
    <message>
        <source>The greeting is too long (at most {max} characters).</source>
        <translation>祝福语太长（最多 {max} 个字）。</translation>
    </message>
    <message>
        <source>{{{field}}} is not a placeholder. Use {allowed}.</source>
        <translation>{{{field}}} 不是可用的占位符。可用：{allowed}。</translation>
    </message>
    <message>
        <source>A brace is not closed. Placeholders are written like {{name}}; for a brace itself write it twice.</source>
        <translation>有括号没有配对。占位符的写法如 {{name}}；要写括号本身，请连写两个。</translation>
    </message>
    <message>
        <source>Give the date a name.</source>
        <translation>请给这个日期起个名字。</translation>
    </message>
    <message>
        <source>The name is too long (at most {max} characters).</source>
        <translation>名称太长（最多 {max} 个字）。</translation>
    </message>
    <message>
        <source>A shop date is the shop&apos;s own, an official day off or an adjusted working day.</source>
        <translation>店铺日期只能是店铺自己的日子、法定休息日或调休上班日。</translation>
    </message>
    <message>
        <source>Official days off and adjusted working days change every year: enter them for one date, not every year.</source>
        <translation>法定休息日和调休上班日每年都不同：请按具体日期录入，不要设为每年。</translation>
    </message>
    <message>
        <source>Not enough points: {name} has {balance}, {reward} takes {price}.</source>
        <translation>积分不足：{name} 有 {balance} 分，{reward} 需要 {price} 分。</translation>
    </message>
    <message>
        <source>{reward} is out of stock.</source>
        <translation>{reward} 已无库存。</translation>
    </message>
    <message>
        <source>{reward} is no longer offered.</source>
        <translation>{reward} 已停止兑换。</translation>
    </message>
    <message>
        <source>Points cannot go below zero: {name} has {balance}, this takes {points}.</source>
        <translation>积分不能为负：{name} 只有 {balance} 分，这笔要扣 {points} 分。</translation>
    </message>
    <message>
        <source>Give the reason for this change of points.</source>
        <translation>请填写积分变动的原因。</translation>
    </message>
    <message>
        <source>Enter a number of points other than 0.</source>
        <translation>请输入不为 0 的积分数。</translation>
    </message>
    <message>
        <source>At most {max} points at a time.</source>
        <translation>一次最多 {max} 分。</translation>
    </message>
    <message>
        <source>An opening balance cannot be negative.</source>
        <translation>期初积分不能为负数。</translation>
    </message>
    <message>
        <source>This entry was already reversed.</source>
        <translation>这笔积分已经冲正过了。</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed: post a new entry instead.</source>
        <translation>冲正记录不能再冲正：请另记一笔。</translation>
    </message>
    <message>
        <source>This points entry does not exist.</source>
        <translation>这笔积分记录不存在。</translation>
    </message>
    <message>
        <source>This reward does not exist.</source>
        <translation>这个礼品不存在。</translation>
    </message>
    <message>
        <source>Give the reward a name.</source>
        <translation>请填写礼品名称。</translation>
    </message>
    <message>
        <source>The points price is 1 to {max}.</source>
        <translation>所需积分为 1 到 {max}。</translation>
    </message>
    <message>
        <source>The stock is 0 to {max}, or not counted.</source>
        <translation>库存为 0 到 {max}，或不计库存。</translation>
    </message>
    <message>
        <source>A discount is worth ¥0.01 to ¥100,000.</source>
        <translation>折扣金额为 ¥0.01 到 ¥100,000。</translation>
    </message>
    <message>
        <source>A rule starts today or later: points already earned keep the rule they were earned by.</source>
        <translation>新规则只能从今天或以后生效：已获得的积分按当时的规则计算，不会重算。</translation>
    </message>
    <message>
        <source>One point for ¥0.01 to ¥10,000.</source>
        <translation>每积 1 分所需金额为 ¥0.01 到 ¥10,000。</translation>
    </message>
    <message>
        <source>A multiplier is 0% to 1000%.</source>
        <translation>倍率为 0% 到 1000%。</translation>
    </message>
    <message>
        <source>The referral bonus is 0 to {max} points.</source>
        <translation>推荐奖励为 0 到 {max} 分。</translation>
    </message>
    <message>
        <source>Points last 1 to 120 months.</source>
        <translation>积分有效期为 1 到 120 个月。</translation>
    </message>
    <message>
        <source>An amount of ¥0.01 to ¥1,000,000.</source>
        <translation>金额为 ¥0.01 到 ¥1,000,000。</translation>
    </message>
    <message>
        <source>Not enough stored value: {name} has {balance}, this takes {amount}.</source>
        <translation>储值余额不足：{name} 余额 {balance}，这笔需要 {amount}。</translation>
    </message>
    <message>
        <source>{name} has no stored value to refund.</source>
        <translation>{name} 没有可退的储值。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>This entry does not exist.</source>
        <translation>这条记录不存在。</translation>
    </message>
    <message>
        <source>This would take {name}&apos;s stored value below zero: it was spent already.</source>
        <translation>这样会让 {name} 的储值余额变成负数：这笔钱已经用掉了。</translation>
    </message>
    <message>
        <source>This package is no longer offered.</source>
        <translation>这个套餐已停售。</translation>
    </message>
    <message>
        <source>This package card does not exist.</source>
        <translation>这张次卡不存在。</translation>
    </message>
    <message>
        <source>{card} expired on {day}: it cannot be used.</source>
        <translation>{card} 已于 {day} 到期，不能再用。</translation>
    </message>
    <message>
        <source>{card} has no sessions left.</source>
        <translation>{card} 已没有剩余次数。</translation>
    </message>
    <message>
        <source>{name} has no package card to use for this.</source>
        <translation>{name} 没有可用于这项服务的次卡。</translation>
    </message>
    <message>
        <source>{card} was already used for this visit.</source>
        <translation>这次消费已经从 {card} 划扣过了。</translation>
    </message>
    <message>
        <source>This package card belongs to another customer.</source>
        <translation>这张次卡属于另一位客户。</translation>
    </message>
    <message>
        <source>This visit is not one of this customer&apos;s.</source>
        <translation>这次消费不是这位客户的。</translation>
    </message>
    <message>
        <source>Only a session used can be returned.</source>
        <translation>只有已划扣的次数才能退回。</translation>
    </message>
    <message>
        <source>Give the package a name.</source>
        <translation>请填写套餐名称。</translation>
    </message>
    <message>
        <source>Name the service a session pays for.</source>
        <translation>请填写每次抵扣的服务项目。</translation>
    </message>
    <message>
        <source>A package has 1 to 1,000 sessions.</source>
        <translation>套餐次数为 1 到 1,000 次。</translation>
    </message>
    <message>
        <source>The price is ¥0 to ¥1,000,000.</source>
        <translation>价格为 ¥0 到 ¥1,000,000。</translation>
    </message>
    <message>
        <source>A package lasts 1 to 3,650 days.</source>
        <translation>有效期为 1 到 3,650 天。</translation>
    </message>
    <message>
        <source>Sessions already used: 0 to the sessions sold.</source>
        <translation>已用次数为 0 到总次数之间。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount of money: write e.g. 1000, 1,280.50 or ¥800.</source>
        <translation>“{value}”不是金额：请写如 1000、1,280.50 或 ¥800。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen): {value} has more.</source>
        <translation>金额最多两位小数（到分）：{value} 的小数位太多。</translation>
    </message>
    <message>
        <source>An opening stored value is at most ¥1,000,000.</source>
        <translation>期初储值最多 ¥1,000,000。</translation>
    </message>
    <message>
        <source>“{value}” is not a number of sessions: write a whole number, e.g. 10.</source>
        <translation>“{value}”不是次数：请写整数，如 10。</translation>
    </message>
    <message>
        <source>Sessions are whole numbers: {value} has a fraction.</source>
        <translation>次数须为整数：{value} 带有小数。</translation>
    </message>
    <message>
        <source>Give the day the package card expires, e.g. 2027-06-30.</source>
        <translation>请填写次卡的到期日期，如 2027-06-30。</translation>
    </message>
    <message>
        <source>This customer already has stored value ({balance}): top up or refund on her card instead.</source>
        <translation>该客户已有储值（{balance}）：请在客户卡上充值或退款。</translation>
    </message>
    <message>
        <source>This customer already has the package card {card} ({left} of {sessions} sessions left): sell a card or use sessions on her card instead.</source>
        <translation>该客户已有次卡 {card}（共 {sessions} 次，剩余 {left} 次）：请在客户卡上售卡或划扣。</translation>
    </message>
    <message>
        <source>Give the answer a short title.</source>
        <translation>请给这条回答起一个简短的标题。</translation>
    </message>
    <message>
        <source>Write the answer; it cannot be empty.</source>
        <translation>请填写回答内容，不能为空。</translation>
    </message>
    <message>
        <source>Write a placeholder plainly, like {{name}}, with nothing after its name.</source>
        <translation>占位符请直接写成 {{name}} 这样，名称后面不要加其他内容。</translation>
    </message>
    <message>
        <source>This standard answer no longer exists.</source>
        <translation>这条标准回答已不存在。</translation>
    </message>
    <message>
        <source>Cannot export {kind}: choose customers, visits, points, complaints or all.</source>
        <translation>无法导出“{kind}”：请选择 customers（客户）、visits（消费记录）、points（积分流水）、complaints（投诉）或 all（全部）。</translation>
    </message>
    <message>
        <source>Complaint #{id}: the times of its resolution, follow-up and closing do not fit its status.</source>
        <translation>投诉 #{id}：解决、回访和关闭的时间与它的状态不符。</translation>
    </message>
    <message>
        <source>Complaint #{id}: the last step of its timeline does not lead to its status.</source>
        <translation>投诉 #{id}：处理进程的最后一步与它的状态不符。</translation>
    </message>
    <message>
        <source>Complaint #{id}: its apology points (points entry #{entry}) are not an apology entry of this complaint and customer still in force.</source>
        <translation>投诉 #{id}：它记录的补偿积分（积分记录 #{entry}）不是这条投诉、这位客户仍然有效的投诉补偿积分。</translation>
    </message>
    <message>
        <source>Member {member_no}: points entry #{entry} gives apology points for complaint #{complaint}, but the complaint does not show them as given.</source>
        <translation>会员 {member_no}：积分记录 #{entry} 是投诉 #{complaint} 的补偿积分，但这条投诉没有记录给过这些积分。</translation>
    </message>
    <message>
        <source>Choose at least one customer to evaluate.</source>
        <translation>请至少选择一位要评估的客户。</translation>
    </message>
    <message>
        <source>The personal data of member {member_no} was erased: she cannot be evaluated.</source>
        <translation>会员 {member_no} 的个人资料已被清除，无法评估。</translation>
    </message>
    <message>
        <source>This evaluation no longer exists.</source>
        <translation>该评估已不存在。</translation>
    </message>
    <message>
        <source>The note is too long (at most {max} characters).</source>
        <translation>备注太长（最多 {max} 个字）。</translation>
    </message>
    <message>
        <source>The weights of the indicators in use add up to {total}; they must add up to exactly 100.</source>
        <translation>所选指标的权重合计为 {total}，必须正好是 100。</translation>
    </message>
    <message>
        <source>A weight is a whole number from 1 to 100. Untick an indicator to leave it out.</source>
        <translation>权重是 1 到 100 的整数。不用的指标请取消勾选。</translation>
    </message>
    <message>
        <source>Tick at least one indicator.</source>
        <translation>请至少勾选一项指标。</translation>
    </message>
    <message>
        <source>The period is 1 to 120 months.</source>
        <translation>统计期为 1 到 120 个月。</translation>
    </message>
    <message>
        <source>The spending for full marks is ¥1 to ¥10,000,000.</source>
        <translation>消费金额的满分标准为 ¥1 到 ¥10,000,000。</translation>
    </message>
    <message>
        <source>The visits for full marks are 1 to 1,000.</source>
        <translation>到店次数的满分标准为 1 到 1,000 次。</translation>
    </message>
    <message>
        <source>Full marks for the last visit go to 0 to 3,650 days since it.</source>
        <translation>最近到店的满分天数为 0 到 3,650 天。</translation>
    </message>
    <message>
        <source>No marks for the last visit start after more days than full marks end, and at most 3,650 days.</source>
        <translation>最近到店得 0 分的天数必须大于满分天数，且不超过 3,650 天。</translation>
    </message>
    <message>
        <source>The years as a customer for full marks are 1 to 50.</source>
        <translation>客户年限的满分标准为 1 到 50 年。</translation>
    </message>
    <message>
        <source>The referrals for full marks are 1 to 1,000.</source>
        <translation>转介绍的满分标准为 1 到 1,000 位。</translation>
    </message>
    <message>
        <source>Each complaint takes off 1 to 100 points.</source>
        <translation>每次投诉扣 1 到 100 分。</translation>
    </message>
    <message>
        <source>The satisfaction score without a follow-up is 0 to 100.</source>
        <translation>没有回访记录时的满意度得分为 0 到 100 分。</translation>
    </message>
    <message>
        <source>The grades go down: A from at most 100, above B, above C, above 0 (now A {a}, B {b}, C {c}).</source>
        <translation>等级分数线须从高到低：A 不超过 100，且 A 高于 B、B 高于 C、C 高于 0（现在 A {a}，B {b}，C {c}）。</translation>
    </message>
    <message>
        <source>The period&apos;s first day ({start}) is after its last day ({end}): change one of the two dates.</source>
        <translation>期间的开始日期（{start}）晚于结束日期（{end}）：请修改其中一个日期。</translation>
    </message>
    <message>
        <source>The period begins on {start}, after today ({today}): nothing to show yet.</source>
        <translation>期间从 {start} 开始，晚于今天（{today}）：还没有可分析的数据。</translation>
    </message>
    <message>
        <source>The category of {item} is too long: at most {limit} characters.</source>
        <translation>“{item}”的品类太长：最多 {limit} 个字。</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <source>%n birthday(s)</source>
        <translation>
            <numerusform>%n 位生日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anniversary(-ies)</source>
        <translation>
            <numerusform>%n 个纪念日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the family</source>
        <translation>
            <numerusform>家人 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (anniversary)</source>
        <translation>{name}(纪念日)</translation>
    </message>
    <message>
        <source>family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name}({relation})</translation>
    </message>
    <message>
        <source>{name} (lunar)</source>
        <translation>{name}(农历)</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……还有{count}位</translation>
    </message>
</context>
<context>
    <name>OccasionTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>距今</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Greeted</source>
        <translation>已祝福</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Greeting sent {time}</source>
        <translation>已于 {time} 发送祝福</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Follow-up call — complaint no. {id}</source>
        <translation>回访 — 投诉 {id} 号</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>What she said: is she satisfied again?</source>
        <translation>顾客怎么说：现在满意了吗？</translation>
    </message>
    <message>
        <source>If she is still unhappy, reopen the complaint after saving.</source>
        <translation>如果顾客仍不满意，保存后重新打开这条投诉。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顾客的话</translation>
    </message>
</context>
<context>
    <name>PackagesDialog</name>
    <message>
        <source>Packages</source>
        <translation>次卡套餐</translation>
    </message>
    <message>
        <source>The package cards the shop sells: so many sessions of a service, for a price, valid so many days from the sale. A package no longer sold is switched off, never deleted: cards sold keep their name and sessions.</source>
        <translation>店里出售的次卡套餐：某项服务若干次，一个价格，自售出之日起若干天内有效。不再出售的套餐请设为停售，不会删除：已售出的卡保留名称和次数。</translation>
    </message>
    <message>
        <source>Add package…</source>
        <translation>添加套餐…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>暂无照片</translation>
    </message>
    <message>
        <source>This file is not a picture.</source>
        <translation>此文件不是图片。</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>PickCustomerDialog</name>
    <message>
        <source>Evaluate a customer</source>
        <translation>评估客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>Purchase</source>
        <translation>消费积分</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>手工调整</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初积分</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>投诉补偿</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Discount voucher</source>
        <translation>折扣券</translation>
    </message>
    <message>
        <source>Visit of {date}, {amount}</source>
        <translation>{date} 消费 {amount}</translation>
    </message>
    <message>
        <source>Visit no. {id}</source>
        <translation>消费记录 {id}</translation>
    </message>
    <message>
        <source>Reversal of no. {id}</source>
        <translation>冲正第 {id} 笔</translation>
    </message>
    <message>
        <source>Brought member {member_no}</source>
        <translation>推荐会员 {member_no}</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手工</translation>
    </message>
    <message>
        <source>Points past their date</source>
        <translation>积分到期</translation>
    </message>
    <message>
        <source>With a complaint&apos;s resolution</source>
        <translation>随投诉处理赠送</translation>
    </message>
    <message>
        <source>Reversed by no. {id}</source>
        <translation>已被第 {id} 笔冲正</translation>
    </message>
    <message>
        <source>Good until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>{amount} off</source>
        <translation>抵扣 {amount}</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>不计库存</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>已无库存</translation>
    </message>
    <message>
        <source>Needs {points} more points</source>
        <translation>还差 {points} 积分</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Points statement</source>
        <translation>积分对账单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>变动后余额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reversed by no.</source>
        <translation>冲正记录编号</translation>
    </message>
    <message>
        <source>Good until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PointsActions</name>
    <message>
        <source>Reverse entry no. {id} ({kind}, {points} points, {date})?

A new entry of {opposite} points undoes it; both stay on the statement.</source>
        <translation>冲正第 {id} 笔（{kind}，{points} 积分，{date}）？

将记一笔 {opposite} 积分的冲正记录，两笔都保留在明细中。</translation>
    </message>
    <message>
        <source>The visit itself stays on her card; to take back the whole purchase, use “Void this purchase…” in the Visits tab.</source>
        <translation>消费记录本身仍在卡上；如要撤销整笔消费，请在“消费记录”页使用“撤销这次消费…”。</translation>
    </message>
    <message>
        <source>Reverse a points entry</source>
        <translation>冲正积分记录</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Void the purchase of {date} ({amount})?

It stays on her card, marked as voided, and leaves her totals.</source>
        <translation>撤销 {date} 的消费（{amount}）？

该记录仍保留在卡上并标记为已撤销，不再计入消费合计。</translation>
    </message>
    <message>
        <source>The {points} points it earned are taken back by a reversal.</source>
        <translation>这次消费所得的 {points} 积分将被冲正扣回。</translation>
    </message>
    <message>
        <source>Void a purchase</source>
        <translation>撤销消费</translation>
    </message>
    <message>
        <source>Void the purchase</source>
        <translation>撤销消费</translation>
    </message>
    <message>
        <source>points statement</source>
        <translation>积分对账单</translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation>将对账单另存为 PDF</translation>
    </message>
    <message>
        <source>Cannot write the file: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <source>Export the statement to Excel</source>
        <translation>将对账单导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Run expiry now</source>
        <translation>立即处理过期积分</translation>
    </message>
    <message>
        <source>Post the expiry of points past their last day (also done at every start)</source>
        <translation>为已过有效期的积分记一笔过期（每次启动时也会自动处理）</translation>
    </message>
    <message>
        <source>Points rule…</source>
        <translation>积分规则…</translation>
    </message>
    <message>
        <source>Rewards…</source>
        <translation>兑换礼品…</translation>
    </message>
    <message>
        <source>Posted from</source>
        <translation>日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>积分流水</translation>
    </message>
    <message>
        <source>Daily totals</source>
        <translation>每日汇总</translation>
    </message>
    <message>
        <source>Expiring in 30 days</source>
        <translation>30天内即将过期</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s), newest first</source>
        <translation>
            <numerusform>共 %Ln 条，最新的在前</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole period, all kinds and operators: earned {earned} · redeemed {redeemed} · expired {expired} · adjusted {adjusted} · net change {net}</source>
        <translation>整个期间（全部类型和操作员）：获得 {earned} · 兑换 {redeemed} · 过期 {expired} · 调整 {adjusted} · 净变动 {net}</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>全部操作员</translation>
    </message>
    <message>
        <source>Finding points that expire soon…</source>
        <translation>正在查找即将过期的积分…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have points that run out in the next 30 days; remind them to come back. Double-click to open a card.</source>
        <translation>
            <numerusform>有 %n 位顾客的积分将在30天内过期，可提醒她们回店使用。双击打开顾客卡片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiring points…</source>
        <translation>正在处理过期积分…</translation>
    </message>
    <message numerus="yes">
        <source>%n expiry entry(s) posted.</source>
        <translation>
            <numerusform>已记入 %n 笔过期。</numerusform>
        </translation>
    </message>
    <message>
        <source>No points have run out: nothing was posted.</source>
        <translation>没有已过期的积分，未记入任何过期。</translation>
    </message>
</context>
<context>
    <name>Prepaid</name>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>储值消费</translation>
    </message>
    <message>
        <source>Package bought</source>
        <translation>购买次卡</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Opening stored value</source>
        <translation>期初储值</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Session used</source>
        <translation>划扣</translation>
    </message>
    <message>
        <source>Session returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Used before (opening)</source>
        <translation>期初已用</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>{total} (incl. bonus {bonus})</source>
        <translation>{total}（含赠送 {bonus}）</translation>
    </message>
    <message>
        <source>Principal {principal} · bonus {bonus}</source>
        <translation>本金 {principal} · 赠送 {bonus}</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>已用完</translation>
    </message>
    <message>
        <source>{card} ({reason})</source>
        <translation>{card}（{reason}）</translation>
    </message>
</context>
<context>
    <name>PrepaidActions</name>
    <message>
        <source>Refund {name}&apos;s stored value?

Pay her back the principal left: {principal}. The bonus of {bonus} lapses. Her stored value is then ¥0.00; every entry stays on her statement.</source>
        <translation>确定为{name}办理储值退款吗？

退还剩余本金：{principal}。赠送金额 {bonus} 作废。退款后储值余额为 ¥0.00；每笔记录都保留在储值明细中。</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>退款 {amount}</translation>
    </message>
    <message>
        <source>Refund stored value</source>
        <translation>储值退款</translation>
    </message>
    <message>
        <source>Reverse entry no. {id} ({kind}, {amount}, {date})?

A new entry of {opposite} undoes it; both stay on the statement.</source>
        <translation>确定冲正第 {id} 笔（{kind}，{amount}，{date}）吗？

将记一笔 {opposite} 的新记录抵消它；两笔都保留在明细中。</translation>
    </message>
    <message>
        <source>Reverse a stored-value entry</source>
        <translation>冲正储值记录</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Return the session of {card} used on {date}?

The card gets it back ({left} left after); both entries stay on the card&apos;s history.</source>
        <translation>确定退回{card}在 {date} 划扣的一次吗？

退回后该卡剩余{left}；两条记录都保留在这张卡的明细中。</translation>
    </message>
    <message>
        <source>Return a session</source>
        <translation>退回次数</translation>
    </message>
    <message>
        <source>Return the session</source>
        <translation>退回这次</translation>
    </message>
    <message>
        <source>It was not paid from her stored value: {reason} Take the payment another way.</source>
        <translation>未能从储值扣款：{reason}请用其他方式收款。</translation>
    </message>
    <message>
        <source>No session was used: {reason} You can use one later with “Use a session…” in the Prepaid tab.</source>
        <translation>未能划扣次卡：{reason}稍后可在“储值与次卡”页用“划扣次卡…”补扣。</translation>
    </message>
    <message>
        <source>The visit is recorded.</source>
        <translation>这次消费已记录。</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>记录消费</translation>
    </message>
</context>
<context>
    <name>PrepaidOnCard</name>
    <message>
        <source>Top up…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <source>Money paid in, with the bonus of the top-up rule</source>
        <translation>充值，按充值赠送规则赠送</translation>
    </message>
    <message>
        <source>Top up stored value…</source>
        <translation>储值充值…</translation>
    </message>
    <message>
        <source>Refund stored value…</source>
        <translation>储值退款…</translation>
    </message>
    <message>
        <source>Sell a package card…</source>
        <translation>办理次卡…</translation>
    </message>
    <message>
        <source>Use a package session…</source>
        <translation>划扣次卡…</translation>
    </message>
    <message numerus="yes">
        <source>%n more card(s) in the Prepaid tab</source>
        <translation>
            <numerusform>另有 %n 张次卡，见“储值与次卡”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrepaidTab</name>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Package cards</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>Top up…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>Reverse this stored-value entry…</source>
        <translation>冲正这笔储值…</translation>
    </message>
    <message>
        <source>Sell package…</source>
        <translation>办理次卡…</translation>
    </message>
    <message>
        <source>Use a session…</source>
        <translation>划扣次卡…</translation>
    </message>
    <message>
        <source>Return this session…</source>
        <translation>退回这次划扣…</translation>
    </message>
    <message>
        <source>Print prepaid statement…</source>
        <translation>打印储值与次卡对账单…</translation>
    </message>
    <message>
        <source>Undo the chosen entry by a new one that names it; both stay listed.</source>
        <translation>用一笔新记录冲正所选记录；两笔都保留在明细中。</translation>
    </message>
    <message>
        <source>Give back the chosen session (used by mistake); both stay listed.</source>
        <translation>退回所选的一次划扣（扣错时使用）；两条记录都保留。</translation>
    </message>
</context>
<context>
    <name>PrepaidWords</name>
    <message numerus="yes">
        <source>%n session(s) left, expired on {date}</source>
        <translation>
            <numerusform>剩余 %n 次，已于 {date} 过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left, expires {date}</source>
        <translation>
            <numerusform>剩余 %n 次，到期 {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>{card}: {left}</source>
        <translation>{card}：{left}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <source>Print evaluations</source>
        <translation>打印评估表</translation>
    </message>
    <message>
        <source>A form for each evaluation, a page each, to sign</source>
        <translation>每份评估一页评估表（可签字）</translation>
    </message>
    <message>
        <source>One table of all of them</source>
        <translation>全部汇总成一张表</translation>
    </message>
    <message>
        <source>Evaluations: {count}</source>
        <translation>评估份数：{count}</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Print cards</source>
        <translation>打印卡片</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>There are no customers to print.</source>
        <translation>没有可打印的客户。</translation>
    </message>
    <message>
        <source>A5, one card a sheet</source>
        <translation>A5，每张一卡</translation>
    </message>
    <message>
        <source>A6, one card a sheet</source>
        <translation>A6，每张一卡</translation>
    </message>
    <message>
        <source>A4, two cards a sheet</source>
        <translation>A4，每张两卡</translation>
    </message>
    <message>
        <source>Card stock 85.6 × 54 mm, one card a page</source>
        <translation>卡纸 85.6×54 毫米，每页一卡</translation>
    </message>
    <message>
        <source>A4, ten cards a sheet with cut marks</source>
        <translation>A4，每张十卡（带裁切线）</translation>
    </message>
    <message>
        <source>Relationship card</source>
        <translation>客户关系卡</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>None of these customers has a card to print.</source>
        <translation>这些客户都没有可打印的卡片。</translation>
    </message>
    <message>
        <source>This paper does not suit this card.</source>
        <translation>这种纸张不适合这种卡片。</translation>
    </message>
    <message>
        <source>The printer or file cannot be used.</source>
        <translation>无法使用该打印机或文件。</translation>
    </message>
    <message>
        <source>Preparing the cards…</source>
        <translation>正在准备卡片…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save the cards as PDF</source>
        <translation>将卡片保存为 PDF</translation>
    </message>
    <message>
        <source>Cannot write the file: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>打印卡片</translation>
    </message>
    <message>
        <source>Choose the customers to print first.</source>
        <translation>请先选择要打印的客户。</translation>
    </message>
    <message>
        <source>Customer relationship card</source>
        <translation>客户关系卡</translation>
    </message>
    <message>
        <source>Member no. {member_no}</source>
        <translation>会员号 {member_no}</translation>
    </message>
    <message>
        <source>Points {points}</source>
        <translation>积分 {points}</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Visits: {count} · {amount} in all</source>
        <translation>共到店 {count} 次 · 累计 {amount}</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Next follow-up: {date}</source>
        <translation>下次回访：{date}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>回访内容</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>手写记录</translation>
    </message>
    <message>
        <source>written by hand: follow-ups, wishes, what to remember</source>
        <translation>手写：回访、心愿、需要记住的事</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>{total} (principal {principal} + bonus {bonus})</source>
        <translation>{total}（本金 {principal} + 赠送 {bonus}）</translation>
    </message>
    <message>
        <source>Package cards</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>{card} · {left} left · until {date}</source>
        <translation>{card} 剩余 {left} 次 到期 {date}</translation>
    </message>
    <message>
        <source>{card} · {left} left · expired on {date}</source>
        <translation>{card} 剩余 {left} 次 已于 {date} 过期</translation>
    </message>
    <message numerus="yes">
        <source>and %n more card(s)</source>
        <translation>
            <numerusform>另有 %n 张次卡</numerusform>
        </translation>
    </message>
    <message>
        <source>None recorded: ask before treating</source>
        <translation>未记录：服务前请询问</translation>
    </message>
    <message>
        <source>Points statement</source>
        <translation>积分对账单</translation>
    </message>
    <message>
        <source>Entries from {start} to {end}</source>
        <translation>记录期间：{start} 至 {end}</translation>
    </message>
    <message>
        <source>No points entries yet.</source>
        <translation>暂无积分记录。</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>打印时间：{when}</translation>
    </message>
    <message>
        <source>Balance: {points} points</source>
        <translation>积分余额：{points}</translation>
    </message>
    <message>
        <source>Balance on {date}: {points} points</source>
        <translation>截至 {date} 积分余额：{points}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>{name} · member no. {member_no} (continued)</source>
        <translation>{name} · 会员号 {member_no}（续）</translation>
    </message>
    <message>
        <source>reversed by no. {id}</source>
        <translation>已被第 {id} 笔冲正</translation>
    </message>
    <message>
        <source>Stored value and package cards</source>
        <translation>储值与次卡对账单</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Balance {total} (principal {principal} + bonus {bonus})</source>
        <translation>余额 {total}（本金 {principal} + 赠送 {bonus}）</translation>
    </message>
    <message>
        <source>No stored-value entries yet.</source>
        <translation>还没有储值记录。</translation>
    </message>
    <message>
        <source>No package cards.</source>
        <translation>没有次卡。</translation>
    </message>
    <message>
        <source>No sessions used yet.</source>
        <translation>还没有划扣记录。</translation>
    </message>
    <message>
        <source>{card} · {service}</source>
        <translation>{card} · {service}</translation>
    </message>
    <message>
        <source>{left} of {sessions} left · until {date}</source>
        <translation>共 {sessions} 次，剩余 {left} 次 · 到期 {date}</translation>
    </message>
    <message>
        <source>{left} of {sessions} left · expired on {date}</source>
        <translation>共 {sessions} 次，剩余 {left} 次 · 已于 {date} 过期</translation>
    </message>
    <message>
        <source>Sold {date} · {price} · paid with {paid_with}</source>
        <translation>{date} 购买 · {price} · {paid_with}支付</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>{date} 开卡</translation>
    </message>
    <message>
        <source>Visit of {date}</source>
        <translation>{date} 到店</translation>
    </message>
    <message>
        <source>Reversal of no. {id}</source>
        <translation>冲正第 {id} 笔</translation>
    </message>
    <message>
        <source>Return of no. {id}</source>
        <translation>退回第 {id} 笔</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>储值消费</translation>
    </message>
    <message>
        <source>Card bought</source>
        <translation>购买次卡</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初储值</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>划扣</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Used before</source>
        <translation>期初已用</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>Principal after</source>
        <translation>本金余额</translation>
    </message>
    <message>
        <source>Bonus after</source>
        <translation>赠送余额</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Used after</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>New package</source>
        <translation>新建套餐</translation>
    </message>
    <message>
        <source>Edit package</source>
        <translation>编辑套餐</translation>
    </message>
    <message>
        <source>e.g. Facial 10-session card</source>
        <translation>例如：面部护理10次卡</translation>
    </message>
    <message>
        <source>The visit item it pays for, e.g. Facial</source>
        <translation>每次抵扣的消费项目，例如：面部护理</translation>
    </message>
    <message>
        <source>e.g. 2980</source>
        <translation>例如：2980</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Sold at the counter</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Package name</source>
        <translation>套餐名称</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Price (¥)</source>
        <translation>价格（¥）</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>No longer sold</source>
        <translation>已停售</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>请写明原因。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Complaint no. {id}</source>
        <translation>投诉 {id} 号</translation>
    </message>
    <message>
        <source>Record a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>What happened, in her words: what, when, who served her, what she wants</source>
        <translation>用顾客的话写下：什么事、什么时候、谁服务的、她希望怎样</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <source>Set by hand.</source>
        <translation>已手动设定。</translation>
    </message>
    <message>
        <source>Same day for this severity (see Settings).</source>
        <translation>此级别当天答复（见设置）。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) for this severity (see Settings).</source>
        <translation>
            <numerusform>此级别 %n 天内答复（见设置）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the customer, or tick “No card”.</source>
        <translation>请选择顾客，或勾选“无会员卡”。</translation>
    </message>
    <message>
        <source>Discard this complaint?</source>
        <translation>放弃这条投诉吗？</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation>填写的内容还没有保存。关闭并放弃吗？</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeem points — {name}</source>
        <translation>积分兑换 — {name}</translation>
    </message>
    <message>
        <source>No rewards are offered yet: add them with “Manage rewards…”.</source>
        <translation>还没有可兑换的礼品：请用“管理礼品…”添加。</translation>
    </message>
    <message>
        <source>Note (optional), e.g. the colour she chose</source>
        <translation>备注（选填），如她选的颜色</translation>
    </message>
    <message>
        <source>Double-click a reward to redeem it.</source>
        <translation>双击礼品即可兑换。</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Manage rewards…</source>
        <translation>管理礼品…</translation>
    </message>
    <message>
        <source>{name} has {points} points</source>
        <translation>{name} 现有 {points} 积分</translation>
    </message>
    <message>
        <source>Redeem points</source>
        <translation>积分兑换</translation>
    </message>
</context>
<context>
    <name>Regrading</name>
    <message>
        <source>Grading the customers…</source>
        <translation>正在给客户分级…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) graded.</source>
        <translation>
            <numerusform>已给 %n 位客户分级。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve complaint no. {id}</source>
        <translation>解决投诉 {id} 号</translation>
    </message>
    <message>
        <source>What was done for her</source>
        <translation>为顾客做了哪些处理</translation>
    </message>
    <message>
        <source>What she was told (her reply)</source>
        <translation>对顾客说了什么（答复）</translation>
    </message>
    <message>
        <source>Insert a standard answer…</source>
        <translation>插入标准答复…</translation>
    </message>
    <message>
        <source>e.g. a free hair treatment</source>
        <translation>例如：免费护理一次</translation>
    </message>
    <message>
        <source>Points can only be given to a customer with a card.</source>
        <translation>只能给有会员卡的顾客送积分。</translation>
    </message>
    <message>
        <source>Why it happened</source>
        <translation>为什么会发生</translation>
    </message>
    <message>
        <source>What the shop changes so it does not happen again</source>
        <translation>店里改进什么，避免再次发生</translation>
    </message>
    <message>
        <source>Compensation (any, or none)</source>
        <translation>补偿（可多选，也可不补偿）</translation>
    </message>
    <message>
        <source>Free service</source>
        <translation>免费服务</translation>
    </message>
    <message>
        <source>Refund (¥)</source>
        <translation>退款（元）</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Apology points</source>
        <translation>致歉积分</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Call her back on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>The refund is an amount such as 50 or 128.50.</source>
        <translation>退款请填金额，例如 50 或 128.50。</translation>
    </message>
</context>
<context>
    <name>RewardEditor</name>
    <message>
        <source>New reward</source>
        <translation>新增礼品</translation>
    </message>
    <message>
        <source>Edit reward</source>
        <translation>编辑礼品</translation>
    </message>
    <message>
        <source>e.g. Hand cream 50 ml</source>
        <translation>如 护手霜 50ml</translation>
    </message>
    <message>
        <source>Worth in ¥, e.g. 50</source>
        <translation>抵扣金额（元），如 50</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>不计库存</translation>
    </message>
    <message>
        <source>Offered at the counter</source>
        <translation>可在前台兑换</translation>
    </message>
    <message>
        <source>Reward name</source>
        <translation>礼品名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Discount value</source>
        <translation>折扣金额</translation>
    </message>
    <message>
        <source>Points price</source>
        <translation>所需积分</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
</context>
<context>
    <name>RewardsDialog</name>
    <message>
        <source>Rewards</source>
        <translation>礼品目录</translation>
    </message>
    <message>
        <source>What customers can redeem their points for. A reward no longer given is switched off, never deleted: past redemptions keep its name.</source>
        <translation>顾客可用积分兑换的礼品。不再提供的礼品请停用，不要删除：以往的兑换记录仍保留其名称。</translation>
    </message>
    <message>
        <source>Add reward…</source>
        <translation>添加礼品…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <source>Reward</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>可兑换</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Points rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Click a version to start from its values</source>
        <translation>点击某一版本，以它的数值为起点</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Expire after</source>
        <translation>获得后</translation>
    </message>
    <message>
        <source>Expire at the end of the next year</source>
        <translation>次年年底过期</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月内有效</translation>
    </message>
    <message>
        <source>One item name a line, e.g. 洗发水</source>
        <translation>每行一个项目名称，例如 洗发水</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>spent earns 1 point (rounded down)</source>
        <translation>积 1 分（不足部分不计）</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>每消费</translation>
    </message>
    <message>
        <source>Points by grade</source>
        <translation>按等级倍率</translation>
    </message>
    <message>
        <source>of the usual points</source>
        <translation>（相对于平时积分）</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>生日月</translation>
    </message>
    <message>
        <source>to the referrer, at the new customer&apos;s first purchase</source>
        <translation>新顾客首次消费时奖励给推荐人</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Items that earn no points</source>
        <translation>不积分的项目</translation>
    </message>
    <message>
        <source>Points already earned keep the rule and the expiry date they were earned with.</source>
        <translation>已获得的积分保留获得时的规则和有效期，不受新规则影响。</translation>
    </message>
    <message>
        <source>The rule and its versions</source>
        <translation>积分规则及各版本</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>End of the next year</source>
        <translation>次年年底</translation>
    </message>
    <message>
        <source>¥ a point</source>
        <translation>每分金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Program default</source>
        <translation>程序默认</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Items that earn no points:</source>
        <translation>不积分的项目：</translation>
    </message>
    <message>
        <source>Enter an amount such as 1 or 0.50.</source>
        <translation>请输入金额，例如 1 或 0.50。</translation>
    </message>
    <message>
        <source>Replaces the version of that day, not yet in force.</source>
        <translation>将替换当天尚未生效的版本。</translation>
    </message>
    <message numerus="yes">
        <source>A ¥368 purchase by a VIP in her birthday month earns %Ln point(s).</source>
        <translation>
            <numerusform>VIP 顾客在生日月消费 ¥368 可得 %Ln 分。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Dormant customers and grading</source>
        <translation>沉睡客户与分级规则</translation>
    </message>
    <message>
        <source>Late after her usual gap times</source>
        <translation>超过平时间隔的倍数</translation>
    </message>
    <message>
        <source>Never late sooner than</source>
        <translation>最少未到店</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Visits needed for her own rhythm</source>
        <translation>按个人节奏所需到店次数</translation>
    </message>
    <message>
        <source>With fewer visits: late after</source>
        <translation>次数不足时：超过</translation>
    </message>
    <message>
        <source>Worth a call to wake her for</source>
        <translation>值得打电话唤醒的期限</translation>
    </message>
    <message>
        <source>Grade over the last</source>
        <translation>分级统计最近</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月内有效</translation>
    </message>
    <message>
        <source>Example: she comes every 20 days; at 200 % she is late after 40 days away. Saving grades every customer again.</source>
        <translation>例如：她平时每 20 天来一次，设为 200% 时，超过 40 天不来就算沉睡。保存后会重新给所有客户分级。</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <source>Evaluation scheme</source>
        <translation>评估指标与权重</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月内有效</translation>
    </message>
    <message>
        <source>Default values</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>full marks at ¥</source>
        <translation>统计期内消费达到 ¥</translation>
    </message>
    <message>
        <source>or more in the period</source>
        <translation>及以上得满分</translation>
    </message>
    <message>
        <source>full marks at</source>
        <translation>达到</translation>
    </message>
    <message>
        <source>visits or more in the period</source>
        <translation>次到店（统计期内）及以上得满分</translation>
    </message>
    <message>
        <source>full marks within</source>
        <translation>距上次到店不超过</translation>
    </message>
    <message>
        <source>days, none from</source>
        <translation>天得满分，达到</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天及以上得 0 分</translation>
    </message>
    <message>
        <source>years or more</source>
        <translation>年及以上得满分</translation>
    </message>
    <message>
        <source>customers referred or more</source>
        <translation>位转介绍客户及以上得满分</translation>
    </message>
    <message>
        <source>100 without complaints,</source>
        <translation>无投诉得 100 分，每次投诉扣</translation>
    </message>
    <message>
        <source>points off for each</source>
        <translation>分</translation>
    </message>
    <message>
        <source>average 1–5: 1 → 0, 5 → 100; no follow-up:</source>
        <translation>回访满意度平均 1–5 分：1 → 0，5 → 100；没有回访记录得</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>How it scores (0–100)</source>
        <translation>评分方法（0–100 分）</translation>
    </message>
    <message>
        <source>Indicators and weights</source>
        <translation>指标与权重</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Total from</source>
        <translation>总分不低于</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>below C</source>
        <translation>低于 C 级</translation>
    </message>
    <message>
        <source>Period, grades and recommendations</source>
        <translation>统计期、等级与建议</translation>
    </message>
    <message>
        <source>Evaluations already kept keep the weights and scores they were made with.</source>
        <translation>已保存的评估保留当时的权重和得分，不受修改影响。</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>合计 {total}</translation>
    </message>
    <message>
        <source>Enter an amount such as 5000.</source>
        <translation>请输入金额，例如 5000。</translation>
    </message>
</context>
<context>
    <name>SellDialog</name>
    <message>
        <source>Sell a package card — {name}</source>
        <translation>办理次卡 — {name}</translation>
    </message>
    <message>
        <source>No packages are sold yet: add them with “Manage packages…”.</source>
        <translation>还没有在售的套餐：请用“管理套餐…”添加。</translation>
    </message>
    <message>
        <source>Paid in cash (or card, WeChat, Alipay)</source>
        <translation>现金支付（或刷卡、微信、支付宝）</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>办卡</translation>
    </message>
    <message>
        <source>Manage packages…</source>
        <translation>管理套餐…</translation>
    </message>
    <message>
        <source>From her stored value (balance {balance})</source>
        <translation>从储值扣款（余额 {balance}）</translation>
    </message>
    <message>
        <source>{package}: {sessions} of {service}, valid until {date} — {price}</source>
        <translation>{package}：{service} {sessions}，有效期至 {date}，价格 {price}</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Left after</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Recorded with every change</source>
        <translation>每次修改都会记下此姓名</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Print mobiles as 138****5678</source>
        <translation>打印时手机号显示为 138****5678</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Answer an urgent complaint within</source>
        <translation>紧急投诉答复期限</translation>
    </message>
    <message>
        <source>Answer a serious complaint within</source>
        <translation>严重投诉答复期限</translation>
    </message>
    <message>
        <source>Answer a normal complaint within</source>
        <translation>一般投诉答复期限</translation>
    </message>
    <message>
        <source>Follow-up call after resolving</source>
        <translation>解决后回访间隔</translation>
    </message>
    <message>
        <source>A new language applies after the program is restarted.</source>
        <translation>更改语言后，需重新启动程序才能生效。</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Logo for printed cards</source>
        <translation>打印卡片用的店标</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>ShopDateEditor</name>
    <message>
        <source>Edit a shop date</source>
        <translation>编辑店铺日期</translation>
    </message>
    <message>
        <source>Add a shop date</source>
        <translation>添加店铺日期</translation>
    </message>
    <message>
        <source>e.g. Shop anniversary, Members&apos; day</source>
        <translation>例如：店庆、会员日</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Official days off and adjusted working days change every year: enter each day of the published arrangement once.</source>
        <translation>法定休息日和调休上班日每年都不同：请按公布的安排逐日录入，每天一条。</translation>
    </message>
    <message>
        <source>Name of the day</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>ShopDatesDialog</name>
    <message>
        <source>Shop dates</source>
        <translation>店铺日期</translation>
    </message>
    <message>
        <source>No shop dates yet. Add the shop&apos;s anniversary or a members&apos; day.</source>
        <translation>还没有店铺日期。可以添加店庆日或会员日。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The official holidays of {year} are not in this version of the program, so the calendar shows them as estimated. Once the State Council publishes them, add its days off and adjusted working days here, one date each.</source>
        <translation>本版程序还没有 {year} 年的法定节假日安排，日历中显示的是预计日期。国务院公布后，请在这里逐日添加法定休息日和调休上班日。</translation>
    </message>
    <message>
        <source>Remove a shop date</source>
        <translation>删除店铺日期</translation>
    </message>
    <message>
        <source>Remove “{name}” ({date}) from the calendar?</source>
        <translation>要从日历中删除“{name}”（{date}）吗？</translation>
    </message>
</context>
<context>
    <name>ShopDatesModel</name>
    <message>
        <source>Name of the day</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>仅一次</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>Adjust points…</source>
        <translation>调整积分…</translation>
    </message>
    <message>
        <source>Reverse this entry…</source>
        <translation>冲正这笔积分…</translation>
    </message>
    <message>
        <source>Undo a wrong entry by a new one that names it; the wrong one stays listed.</source>
        <translation>用一笔新记录冲正错误的记录；原记录仍保留在明细中。</translation>
    </message>
    <message>
        <source>Print statement</source>
        <translation>打印对账单</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
</context>
<context>
    <name>StructureChart</name>
    <message>
        <source>New customers</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>回头客</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <source>By RFM grade</source>
        <translation>按客户分级</translation>
    </message>
    <message>
        <source>By ABC class</source>
        <translation>按ABC分类</translation>
    </message>
    <message>
        <source>By membership level</source>
        <translation>按会员等级</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按品类</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>按项目</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>按区域</translation>
    </message>
    <message>
        <source>New and returning customers</source>
        <translation>新客与回头客</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>RFM grade</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC分类</translation>
    </message>
    <message>
        <source>Membership level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Visits in the period</source>
        <translation>本期消费次数</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>未分级</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Not in the items</source>
        <translation>明细外金额</translation>
    </message>
    <message>
        <source>Class {name}</source>
        <translation>{name}类</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1次</translation>
    </message>
    <message>
        <source>2 visits</source>
        <translation>2次</translation>
    </message>
    <message>
        <source>3 visits</source>
        <translation>3次</translation>
    </message>
    <message>
        <source>4 visits</source>
        <translation>4次</translation>
    </message>
    <message>
        <source>5–9 visits</source>
        <translation>5–9次</translation>
    </message>
    <message>
        <source>10 visits or more</source>
        <translation>10次及以上</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>近3个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近12个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>品类…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>There are no visits in this period.</source>
        <translation>这段期间没有消费记录。</translation>
    </message>
    <message>
        <source>Revenue {revenue} · {customers} · {visits} · repeat rate {rate}</source>
        <translation>营业额 {revenue} · {customers} · {visits} · 复购率 {rate}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln 次消费</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>消费次数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>营业额占比</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>客均消费</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>在册客户</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Customers are counted by their RFM grade today (the shop&apos;s own grade where one is given); those not graded yet are shown apart.</source>
        <translation>客户按当前的客户分级统计（店里手动设定的等级优先）；尚未分级的客户单独列出。</translation>
    </message>
    <message>
        <source>Class A: the customers bringing the first 80% of the revenue; B: the next 15%; C: the rest. Customers are counted by their class today.</source>
        <translation>A类：贡献前80%营业额的客户；B类：其后15%；C类：其余客户。客户按当前的类别统计。</translation>
    </message>
    <message>
        <source>Customers are counted by the level on their card today.</source>
        <translation>客户按档案上当前的会员等级统计。</translation>
    </message>
    <message>
        <source>The revenue of the items sold, by the category given to each item (Categories…). A customer who bought in several categories counts in each; the total counts her once.</source>
        <translation>按每个项目所属的品类（见“品类…”）统计售出项目的营业额。在多个品类消费的客户在每个品类各计一次，合计中只计一次。</translation>
    </message>
    <message>
        <source>The revenue of each item sold. A customer who bought several items counts in each; the total counts her once.</source>
        <translation>每个售出项目的营业额。购买了多个项目的客户在每个项目各计一次，合计中只计一次。</translation>
    </message>
    <message>
        <source>Customers are counted by the district on their card.</source>
        <translation>客户按档案上填写的区域统计。</translation>
    </message>
    <message>
        <source>Repeat rate: the customers who came twice or more in the period, of all who came.</source>
        <translation>复购率：本期消费两次及以上的客户占全部消费客户的比例。</translation>
    </message>
    <message>
        <source>“Not in the items”: what visits were charged beyond the sum of their items.</source>
        <translation>“明细外金额”：消费金额中超出所列项目合计的部分。</translation>
    </message>
    <message>
        <source>{customers} in the period: {new} new, {returning} returning</source>
        <translation>本期 {customers}：新客 {new} 位，回头客 {returning} 位</translation>
    </message>
    <message>
        <source>New: her first visit ever was in the month. Returning: she came in the month and had come before. The whole period counts each customer once.</source>
        <translation>新客：当月第一次到店。回头客：当月到店且以前来过。“整个期间”一行中每位客户只计一次。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>回头客</translation>
    </message>
    <message>
        <source>% new</source>
        <translation>新客占比</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>整个期间</translation>
    </message>
    <message>
        <source>Share of the revenue</source>
        <translation>营业额占比</translation>
    </message>
    <message>
        <source>Share of the customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>customer-structure</source>
        <translation>客户结构</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>正在写入 Excel 文件…</translation>
    </message>
    <message>
        <source>Categories of the items</source>
        <translation>项目品类</translation>
    </message>
    <message>
        <source>No items are sold yet: a category is given to an item sold.</source>
        <translation>还没有售出任何项目：品类是给售出的项目设定的。</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Greeting templates</source>
        <translation>问候模板</translation>
    </message>
    <message>
        <source>Festivals and marketing days</source>
        <translation>节日与营销日</translation>
    </message>
    <message>
        <source>Contains an offer (promotional)</source>
        <translation>含促销内容</translation>
    </message>
    <message>
        <source>Customers who have not agreed to marketing messages are never sent it.</source>
        <translation>未同意接收营销信息的客户不会收到这条祝福。</translation>
    </message>
    <message>
        <source>Preview for a sample customer ({name}, {gender}, {age}, {points} points)</source>
        <translation>示例客户预览（{name}，{gender}，{age}岁，{points} 积分）</translation>
    </message>
    <message>
        <source>Set the shop name in Settings so that {shop} is filled in.</source>
        <translation>请在“设置”中填写店名，{shop} 才会被替换。</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>插入：</translation>
    </message>
    <message>
        <source>Language of the greeting:</source>
        <translation>祝福语的语言：</translation>
    </message>
    <message>
        <source>Replace this greeting with the program&apos;s wording? Your text is lost.</source>
        <translation>用程序自带的祝福语替换吗？您修改的文字将会丢失。</translation>
    </message>
    <message>
        <source>Unsaved greetings</source>
        <translation>祝福语未保存</translation>
    </message>
    <message>
        <source>{count} greeting(s) have unsaved changes. Save them?</source>
        <translation>有 {count} 条祝福语尚未保存，要保存吗？</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>结婚纪念日</translation>
    </message>
    <message>
        <source>Family birthday</source>
        <translation>家人生日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title (Ms Wang)</source>
        <translation>称呼（王女士）</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要客户</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>一般客户</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>In the shop</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Card created</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Brought back from the archive</source>
        <translation>从归档恢复</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>删除个人资料</translation>
    </message>
    <message>
        <source>Visit recorded</source>
        <translation>记录消费</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Referred by a customer</source>
        <translation>老客带新</translation>
    </message>
    <message>
        <source>Friend or family</source>
        <translation>亲友介绍</translation>
    </message>
    <message>
        <source>Dianping</source>
        <translation>大众点评</translation>
    </message>
    <message>
        <source>Meituan</source>
        <translation>美团</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>Flyer or event</source>
        <translation>传单/活动</translation>
    </message>
    <message>
        <source>month {month}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <source>leap month {month}</source>
        <translation>闰{month}月</translation>
    </message>
    <message>
        <source>day {day}</source>
        <translation>{day}日</translation>
    </message>
    <message>
        <source>Lunar {month}, {day}</source>
        <translation>农历{month}{day}</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Celebrate in the leap month</source>
        <translation>闰月过生日</translation>
    </message>
    <message>
        <source>Also celebrate in the other calendar</source>
        <translation>公历农历生日都问候</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>结婚纪念日</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Income level</source>
        <translation>收入水平</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Skin / hair type</source>
        <translation>肤质/发质</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>过敏/禁忌</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>转介绍人</translation>
    </message>
    <message>
        <source>Personal adviser</source>
        <translation>专属顾问</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Agrees to marketing messages</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <source>Family birthdays</source>
        <translation>家属生日</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访记录</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Find a customer: name, pinyin, phone tail or scan her card</source>
        <translation>查找客户：姓名、拼音、手机尾号，或刷会员卡</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the board again (F5)</source>
        <translation>重新读取看板（F5）</translation>
    </message>
    <message>
        <source>Birthdays &amp; anniversaries</source>
        <translation>生日与纪念日</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Customers to wake</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Points about to expire</source>
        <translation>积分将过期</translation>
    </message>
    <message>
        <source>Package cards expiring</source>
        <translation>次卡将到期</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>in the next 30 days</source>
        <translation>未来30天</translation>
    </message>
    <message numerus="yes">
        <source>%n greeted</source>
        <translation>
            <numerusform>已祝福 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n today</source>
        <translation>
            <numerusform>今天 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No birthdays or anniversaries {when}.</source>
        <translation>{when}没有生日或纪念日。</translation>
    </message>
    <message>
        <source>No birthdays or anniversaries this week.</source>
        <translation>本周没有生日或纪念日。</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint follow-up calls</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation>{when}到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>No follow-ups due {when}.</source>
        <translation>{when}没有待回访。</translation>
    </message>
    <message>
        <source>No open complaints.</source>
        <translation>没有待处理的投诉。</translation>
    </message>
    <message>
        <source>Late by their own rhythm; the most valuable first</source>
        <translation>按各自到店节奏已逾期，贵客在前</translation>
    </message>
    <message>
        <source>Nobody is drifting away {when}.</source>
        <translation>{when}没有要唤醒的客户。</translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s)</source>
        <translation>
            <numerusform>%n 天内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No points expire within %n day(s).</source>
        <translation>
            <numerusform>%n 天内没有将过期的积分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No package cards expire within %n day(s).</source>
        <translation>
            <numerusform>%n 天内没有将到期的次卡。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopCustomersDialog</name>
    <message>
        <source>Evaluate top customers</source>
        <translation>评估重点客户</translation>
    </message>
    <message>
        <source>The top</source>
        <translation>消费排名前</translation>
    </message>
    <message numerus="yes">
        <source>customers by spending in the last %n month(s)</source>
        <translation>
            <numerusform>位客户（近 %n 个月的消费金额）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>of any grade</source>
        <translation>不限客户等级</translation>
    </message>
    <message>
        <source>any RFM grade</source>
        <translation>不限价值分级</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Spent in the period</source>
        <translation>统计期消费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>A note for each of them, e.g. Q4 review</source>
        <translation>每份评估的备注，例如：第四季度评估</translation>
    </message>
    <message>
        <source>Save the evaluations</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <source>Untick a customer to leave her out. The evaluations are kept dated {date}.</source>
        <translation>取消勾选即不评估该客户。评估记录的日期为 {date}。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to evaluate</source>
        <translation>
            <numerusform>将评估 %n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up — {name}</source>
        <translation>储值充值 — {name}</translation>
    </message>
    <message>
        <source>Amount paid in, e.g. 1000</source>
        <translation>充值金额，例如：1000</translation>
    </message>
    <message>
        <source>Note (optional), e.g. paid by WeChat</source>
        <translation>备注（可不填），例如：微信支付</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Stored value now</source>
        <translation>当前储值</translation>
    </message>
    <message>
        <source>Amount paid in</source>
        <translation>充值金额</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>Stored value after</source>
        <translation>充值后储值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No top-up bonus is set (Settings › Top-up bonus…).</source>
        <translation>尚未设置充值赠送（设置 › 充值赠送规则…）。</translation>
    </message>
    <message>
        <source>top up {amount}, get {bonus}</source>
        <translation>充 {amount} 送 {bonus}</translation>
    </message>
    <message>
        <source>Bonus rule: {rule}</source>
        <translation>赠送规则：{rule}</translation>
    </message>
    <message>
        <source>None for this amount</source>
        <translation>此金额无赠送</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>How many days ahead to list, today included</source>
        <translation>列出未来多少天（含今天）</translation>
    </message>
    <message>
        <source>Days ahead:</source>
        <translation>未来天数：</translation>
    </message>
    <message numerus="yes">
        <source>%n occasion(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UseSessionDialog</name>
    <message>
        <source>Use a package session — {name}</source>
        <translation>划扣次卡 — {name}</translation>
    </message>
    <message>
        <source>Record the visit first: a session is always used for a visit.</source>
        <translation>请先记录这次消费：划扣总是对应一次消费。</translation>
    </message>
    <message>
        <source>Use 1 session</source>
        <translation>划扣 1 次</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Package card</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>Left after</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>already used for this visit</source>
        <translation>这次消费已划扣过</translation>
    </message>
</context>
<context>
    <name>ValueStatementModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Record a visit — {name}</source>
        <translation>记录消费 — {name}</translation>
    </message>
    <message>
        <source>Who served her</source>
        <translation>为她服务的员工</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Anything to remember about this visit</source>
        <translation>这次到店需要记下的事项</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>合计：{amount}</translation>
    </message>
    <message>
        <source>Item {index}: {problem}</source>
        <translation>第 {index} 项：{problem}</translation>
    </message>
    <message>
        <source>Discard this visit?</source>
        <translation>放弃这条消费记录？</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation>您填写的内容尚未保存。确定关闭并放弃吗？</translation>
    </message>
</context>
<context>
    <name>VisitItemsTable</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Spec / size / colour</source>
        <translation>规格/尺码/颜色</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price (¥)</source>
        <translation>单价（¥）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>VisitPrepaidPanel</name>
    <message>
        <source>Stored value and package cards</source>
        <translation>储值与次卡对账单</translation>
    </message>
    <message>
        <source>Pay from stored value</source>
        <translation>从储值扣款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Balance {balance}</source>
        <translation>余额 {balance}</translation>
    </message>
    <message>
        <source>Use a package session</source>
        <translation>划扣次卡</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Huitouke</source>
        <translation>欢迎使用回头客</translation>
    </message>
    <message>
        <source>Huitouke keeps your customer cards, birthdays and visits on this computer, without internet.
What is your shop called? It is printed on cards and used in greetings.</source>
        <translation>回头客把您的客户档案、生日和消费记录保存在这台电脑上，无需联网。
您的店叫什么名字？店名会印在会员卡上，也会用在祝福语里。</translation>
    </message>
    <message>
        <source>e.g. 美丽人生美容院</source>
        <translation>如：美丽人生美容院</translation>
    </message>
    <message>
        <source>Recorded with every change, e.g. 王姐</source>
        <translation>每次修改都会记下此称呼，例如：王姐</translation>
    </message>
    <message>
        <source>Start with an empty customer list</source>
        <translation>从空白的客户列表开始</translation>
    </message>
    <message numerus="yes">
        <source>Load the sample shop (%n invented customers to try things out)</source>
        <translation>
            <numerusform>载入示例店铺（%n 位虚构客户，供您试用）</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的称呼</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <source>Nobody found.</source>
        <translation>没有找到客户。</translation>
    </message>
</context>
<context>
    <name>_StepDialog</name>
    <message>
        <source>Discard?</source>
        <translation>放弃吗？</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation>填写的内容还没有保存。关闭并放弃吗？</translation>
    </message>
</context>
</TS>
