<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust points — {name}</source>
        <translation>Adjust points — {name}</translation>
    </message>
    <message>
        <source>Why, e.g. points from the old paper card, or a mistake at the till</source>
        <translation>Why, e.g. points from the old paper card, or a mistake at the till</translation>
    </message>
    <message>
        <source>Use + to add points and − to take points away.</source>
        <translation>Use + to add points and − to take points away.</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Balance now</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AnswerPicker</name>
    <message>
        <source>Insert a standard answer</source>
        <translation>Insert a standard answer</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Edit the library…</source>
        <translation>Edit the library…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Answers for {category}</source>
        <translation>Answers for {category}</translation>
    </message>
    <message>
        <source>No standard answer for this category yet: all the others are shown.</source>
        <translation>No standard answer for this category yet: all the others are shown.</translation>
    </message>
    <message>
        <source>The library is empty. Write the shop's answers with “Edit the library…”.</source>
        <translation>The library is empty. Write the shop's answers with “Edit the library…”.</translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <source>Standard answers</source>
        <translation>Standard answers</translation>
    </message>
    <message>
        <source>The shop's own words for frequent complaints, so that everyone answers the same way. The customer's name and the shop's name are filled in when an answer is inserted into a reply.</source>
        <translation>The shop's own words for frequent complaints, so that everyone answers the same way. The customer's name and the shop's name are filled in when an answer is inserted into a reply.</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>New answer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>e.g. Long wait</source>
        <translation>e.g. Long wait</translation>
    </message>
    <message>
        <source>Preview for a sample customer ({name}, {gender})</source>
        <translation>Preview for a sample customer ({name}, {gender})</translation>
    </message>
    <message>
        <source>Set the shop name in Settings so that {shop} is filled in.</source>
        <translation>Set the shop name in Settings so that {shop} is filled in.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>Insert:</translation>
    </message>
    <message>
        <source>Customer (Ms Wang)</source>
        <translation>Customer (Ms Wang)</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>What staff say or send</source>
        <translation>What staff say or send</translation>
    </message>
    <message numerus="yes">
        <source>All categories (%n)</source>
        <translation><numerusform>All categories (%n)</numerusform><numerusform>All categories (%n)</numerusform></translation>
    </message>
    <message>
        <source>{category} ({count})</source>
        <translation>{category} ({count})</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>No answers yet.</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>Delete answer</translation>
    </message>
    <message>
        <source>Delete the standard answer “{title}”? Replies already written keep it.</source>
        <translation>Delete the standard answer “{title}”? Replies already written keep it.</translation>
    </message>
    <message>
        <source>Unsaved answer</source>
        <translation>Unsaved answer</translation>
    </message>
    <message>
        <source>This answer has unsaved changes. Save them?</source>
        <translation>This answer has unsaved changes. Save them?</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation>Year unknown</translation>
    </message>
    <message>
        <source>Leave at 'Year unknown' when only the day is known.</source>
        <translation>Leave at 'Year unknown' when only the day is known.</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>Leap month</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <source>Day {day}</source>
        <translation>Day {day}</translation>
    </message>
</context>
<context>
    <name>BoardTexts</name>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>%n day late</numerusform><numerusform>%n days late</numerusform></translation>
    </message>
    <message>
        <source>✓ greeted</source>
        <translation>✓ greeted</translation>
    </message>
    <message>
        <source>not greeted yet</source>
        <translation>not greeted yet</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>Due {due}; last follow-up {done} by {channel}</source>
        <translation>Due {due}; last follow-up {done} by {channel}</translation>
    </message>
    <message>
        <source>complaint: {summary}</source>
        <translation>complaint: {summary}</translation>
    </message>
    <message>
        <source>Call her back about the complaint she made; due {due}</source>
        <translation>Call her back about the complaint she made; due {due}</translation>
    </message>
    <message>
        <source>answer by {time}</source>
        <translation>answer by {time}</translation>
    </message>
    <message>
        <source>received {time}</source>
        <translation>received {time}</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>today {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since her last visit</source>
        <translation><numerusform>%n day since her last visit</numerusform><numerusform>%n days since her last visit</numerusform></translation>
    </message>
    <message>
        <source>late from {day}</source>
        <translation>late from {day}</translation>
    </message>
    <message numerus="yes">
        <source>usually every %n day(s)</source>
        <translation><numerusform>usually every %n day</numerusform><numerusform>usually every %n days</numerusform></translation>
    </message>
    <message>
        <source>last visit {date}</source>
        <translation>last visit {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) in all</source>
        <translation><numerusform>%n visit in all</numerusform><numerusform>%n visits in all</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message>
        <source>expire {day} ({when})</source>
        <translation>expire {day} ({when})</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left</source>
        <translation><numerusform>%n session left</numerusform><numerusform>%n sessions left</numerusform></translation>
    </message>
    <message>
        <source>expires {day} ({when})</source>
        <translation>expires {day} ({when})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message>
        <source>{name} (day off)</source>
        <translation>{name} (day off)</translation>
    </message>
    <message>
        <source>Today: {names}</source>
        <translation>Today: {names}</translation>
    </message>
    <message>
        <source>This week: {names}</source>
        <translation>This week: {names}</translation>
    </message>
    <message>
        <source>Next 30 days: {names}</source>
        <translation>Next 30 days: {names}</translation>
    </message>
    <message>
        <source>Next: {name}, {days} ({when})</source>
        <translation>Next: {name}, {days} ({when})</translation>
    </message>
</context>
<context>
    <name>BonusTiersDialog</name>
    <message>
        <source>Top-up bonus</source>
        <translation>Top-up bonus</translation>
    </message>
    <message>
        <source>A top-up gets the bonus of the highest tier it reaches, kept apart from the money paid in: with ¥1,000 → ¥200 and ¥2,000 → ¥500, a top-up of ¥1,500 gets ¥200. A refund pays back the money paid in; the bonus lapses.</source>
        <translation>A top-up gets the bonus of the highest tier it reaches, kept apart from the money paid in: with ¥1,000 → ¥200 and ¥2,000 → ¥500, a top-up of ¥1,500 gets ¥200. A refund pays back the money paid in; the bonus lapses.</translation>
    </message>
    <message>
        <source>Top-up from (¥)</source>
        <translation>Top-up from (¥)</translation>
    </message>
    <message>
        <source>Bonus (¥)</source>
        <translation>Bonus (¥)</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Add tier</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Remove tier</translation>
    </message>
    <message>
        <source>Tier {index}: {problem}</source>
        <translation>Tier {index}: {problem}</translation>
    </message>
    <message>
        <source>Two tiers start at {amount}.</source>
        <translation>Two tiers start at {amount}.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>birthday</source>
        <translation>birthday</translation>
    </message>
    <message>
        <source>lunar birthday</source>
        <translation>lunar birthday</translation>
    </message>
    <message>
        <source>wedding anniversary</source>
        <translation>wedding anniversary</translation>
    </message>
    <message>
        <source>{relation}'s birthday</source>
        <translation>{relation}'s birthday</translation>
    </message>
    <message>
        <source>family birthday</source>
        <translation>family birthday</translation>
    </message>
    <message>
        <source>turns {age}</source>
        <translation>turns {age}</translation>
    </message>
    <message>
        <source>{age}-year anniversary</source>
        <translation>{age}-year anniversary</translation>
    </message>
    <message>
        <source>{holiday}: working day</source>
        <translation>{holiday}: working day</translation>
    </message>
    <message>
        <source>{name} (estimated)</source>
        <translation>{name} (estimated)</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>in {days} days</translation>
    </message>
    <message>
        <source>Official day off</source>
        <translation>Official day off</translation>
    </message>
    <message>
        <source>Adjusted working day</source>
        <translation>Adjusted working day</translation>
    </message>
    <message>
        <source>Traditional festival</source>
        <translation>Traditional festival</translation>
    </message>
    <message>
        <source>Marketing day</source>
        <translation>Marketing day</translation>
    </message>
    <message>
        <source>Shop date</source>
        <translation>Shop date</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Previous month (Page Up)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Next month (Page Down)</translation>
    </message>
    <message>
        <source>Greeting templates…</source>
        <translation>Greeting templates…</translation>
    </message>
    <message>
        <source>Shop dates…</source>
        <translation>Shop dates…</translation>
    </message>
    <message>
        <source>This day</source>
        <translation>This day</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Greetings</source>
        <translation>Greetings</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>Lunar birthday</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <source>Family birthday</source>
        <translation>Family birthday</translation>
    </message>
    <message>
        <source>Shop date</source>
        <translation>Shop date</translation>
    </message>
    <message>
        <source>The official days off for {year} are not published yet; the days off shown are estimated.</source>
        <translation>The official days off for {year} are not published yet; the days off shown are estimated.</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prepaid</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <source>Record visit</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <source>Export her card, visits and follow-ups…</source>
        <translation>Export her card, visits and follow-ups…</translation>
    </message>
    <message>
        <source>Adjust points…</source>
        <translation>Adjust points…</translation>
    </message>
    <message>
        <source>Void this purchase…</source>
        <translation>Void this purchase…</translation>
    </message>
    <message>
        <source>Record a complaint…</source>
        <translation>Record a complaint…</translation>
    </message>
    <message>
        <source>Evaluate the relationship…</source>
        <translation>Evaluate the relationship…</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <source>Find a customer on the left, or press Ctrl+N for a new card.</source>
        <translation>Find a customer on the left, or press Ctrl+N for a new card.</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>Redeem…</translation>
    </message>
    <message>
        <source>Redeem points for a gift or a discount</source>
        <translation>Redeem points for a gift or a discount</translation>
    </message>
    <message numerus="yes">
        <source>%n customers match: choose the right one in the list.</source>
        <translation><numerusform>%n customers match: choose the right one in the list.</numerusform><numerusform>%n customers match: choose the right one in the list.</numerusform></translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>⚠ Allergies and contraindications: {text}</source>
        <translation>⚠ Allergies and contraindications: {text}</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Personal adviser</source>
        <translation>Personal adviser</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Skin / hair type</source>
        <translation>Skin / hair type</translation>
    </message>
    <message>
        <source>Visits</source>
        <comment>count and amount on the card</comment>
        <translation>Visits</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation><numerusform>%n visit</numerusform><numerusform>%n visits</numerusform></translation>
    </message>
    <message>
        <source>{amount} in all, last on {date}</source>
        <translation>{amount} in all, last on {date}</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Next anniversary</source>
        <translation>Next anniversary</translation>
    </message>
    <message>
        <source>Next lunar birthday</source>
        <translation>Next lunar birthday</translation>
    </message>
    <message>
        <source>Next birthday</source>
        <translation>Next birthday</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Purchase voided</source>
        <translation>Purchase voided</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <source>Package card</source>
        <translation>Package card</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>{date} (expired)</source>
        <translation>{date} (expired)</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Categories of the items</source>
        <translation>Categories of the items</translation>
    </message>
    <message>
        <source>Find an item</source>
        <translation>Find an item</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Give to the chosen items</source>
        <translation>Give to the chosen items</translation>
    </message>
    <message>
        <source>Remove their category</source>
        <translation>Remove their category</translation>
    </message>
    <message>
        <source>Give each item a category (hair, beauty, products …): the customer structure then shows the revenue by category. Double-click a category to change it, or choose several items and give them one together.</source>
        <translation>Give each item a category (hair, beauty, products …): the customer structure then shows the revenue by category. Double-click a category to change it, or choose several items and give them one together.</translation>
    </message>
    <message>
        <source>Chosen items:</source>
        <translation>Chosen items:</translation>
    </message>
    <message>
        <source>{given} of {items} have a category</source>
        <translation>{given} of {items} have a category</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Backups and restores work on a database file, not on a server.</source>
        <translation>Backups and restores work on a database file, not on a server.</translation>
    </message>
    <message>
        <source>Restored {file}. The data from before is kept as {safety}</source>
        <translation>Restored {file}. The data from before is kept as {safety}</translation>
    </message>
    <message>
        <source>Cannot write the file: {reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Unknown command.</translation>
    </message>
    <message>
        <source>Created {count} sample customers in {seconds:.1f} s.</source>
        <translation>Created {count} sample customers in {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Columns not imported: {columns}</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problem(s).</source>
        <translation>Nothing was imported: {count} problem(s).</translation>
    </message>
    <message>
        <source>The file is fine: {created} new, {updated} to update, {unchanged} unchanged. Nothing was written (--dry-run).</source>
        <translation>The file is fine: {created} new, {updated} to update, {unchanged} unchanged. Nothing was written (--dry-run).</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Imported: {created} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Opening points balances posted: {count}.</source>
        <translation>Opening points balances posted: {count}.</translation>
    </message>
    <message>
        <source>Opening stored values posted: {count}.</source>
        <translation>Opening stored values posted: {count}.</translation>
    </message>
    <message>
        <source>Package cards brought over: {count}.</source>
        <translation>Package cards brought over: {count}.</translation>
    </message>
    <message>
        <source>Exported {kind} to {file}.</source>
        <translation>Exported {kind} to {file}.</translation>
    </message>
    <message>
        <source>Printed {count} cards to {file}.</source>
        <translation>Printed {count} cards to {file}.</translation>
    </message>
    <message>
        <source>Problems found: {count}.</source>
        <translation>Problems found: {count}.</translation>
    </message>
    <message>
        <source>Everything is in order. Customers checked: {count}.</source>
        <translation>Everything is in order. Customers checked: {count}.</translation>
    </message>
    <message>
        <source>--from wants a date like 2026-11-22 between {first} and {last}, not {value}.</source>
        <translation>--from wants a date like 2026-11-22 between {first} and {last}, not {value}.</translation>
    </message>
    <message>
        <source>--days wants a number from 1 to {max}.</source>
        <translation>--days wants a number from 1 to {max}.</translation>
    </message>
    <message>
        <source>No birthdays or anniversaries in these days.</source>
        <translation>No birthdays or anniversaries in these days.</translation>
    </message>
    <message>
        <source>--year wants a year from {first} to {last}.</source>
        <translation>--year wants a year from {first} to {last}.</translation>
    </message>
    <message>
        <source>The official days off for {year} are not published in this version yet: the days off shown are estimated.</source>
        <translation>The official days off for {year} are not published in this version yet: the days off shown are estimated.</translation>
    </message>
</context>
<context>
    <name>ComplaintAnalysis</name>
    <message>
        <source>under an hour</source>
        <translation>under an hour</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Most complained about</source>
        <translation>Most complained about</translation>
    </message>
    <message>
        <source>Average time to resolve</source>
        <translation>Average time to resolve</translation>
    </message>
    <message>
        <source>Resolved within the promised time</source>
        <translation>Resolved within the promised time</translation>
    </message>
    <message>
        <source>Complaints resolved no later than promised, of those resolved or still open past their promised time (those count as late).</source>
        <translation>Complaints resolved no later than promised, of those resolved or still open past their promised time (those count as late).</translation>
    </message>
    <message>
        <source>Complaints per month, by category</source>
        <translation>Complaints per month, by category</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Time to resolve</translation>
    </message>
    <message>
        <source>Repeat complainers</source>
        <translation>Repeat complainers</translation>
    </message>
    <message>
        <source>There are no complaints in this period.</source>
        <translation>There are no complaints in this period.</translation>
    </message>
    <message>
        <source>{resolved} resolved, {open} still open</source>
        <translation>{resolved} resolved, {open} still open</translation>
    </message>
    <message>
        <source>{complaints} each, {share} of all</source>
        <translation>{complaints} each, {share} of all</translation>
    </message>
    <message>
        <source>{on_time} of {due} answers due</source>
        <translation>{on_time} of {due} answers due</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation><numerusform>%n complaint</numerusform><numerusform>%n complaints</numerusform></translation>
    </message>
    <message>
        <source>{complaints}, {share} of all</source>
        <translation>{complaints}, {share} of all</translation>
    </message>
    <message>
        <source>No complaint of this period is resolved yet.</source>
        <translation>No complaint of this period is resolved yet.</translation>
    </message>
    <message numerus="yes">
        <source>over %n resolved complaint(s)</source>
        <translation><numerusform>over %n resolved complaint</numerusform><numerusform>over %n resolved complaints</numerusform></translation>
    </message>
    <message>
        <source>No promised time has come yet.</source>
        <translation>No promised time has come yet.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>{share} ({on_time} of {due})</source>
        <translation>{share} ({on_time} of {due})</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Whole period</translation>
    </message>
    <message>
        <source>Month received</source>
        <translation>Month received</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Within the promised time</source>
        <translation>Within the promised time</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Last complaint</source>
        <translation>Last complaint</translation>
    </message>
    <message>
        <source>What about</source>
        <translation>What about</translation>
    </message>
    <message numerus="yes">
        <source>Repeat complainers (%n)</source>
        <translation><numerusform>Repeat complainers (%n)</numerusform><numerusform>Repeat complainers (%n)</numerusform></translation>
    </message>
    <message>
        <source>Customers with a card who complained at least twice in this period. Double-click to open her card.</source>
        <translation>Customers with a card who complained at least twice in this period. Double-click to open her card.</translation>
    </message>
    <message>
        <source>Nobody with a card complained more than once in this period.</source>
        <translation>Nobody with a card complained more than once in this period.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Open her card</source>
        <translation>Open her card</translation>
    </message>
    <message>
        <source>What the shop answers her</source>
        <translation>What the shop answers her</translation>
    </message>
    <message>
        <source>Insert a standard answer…</source>
        <translation>Insert a standard answer…</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>Save the reply</translation>
    </message>
    <message>
        <source>Resolution and follow-up</source>
        <translation>Resolution and follow-up</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>Start handling</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Record the follow-up call…</source>
        <translation>Record the follow-up call…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>This complaint does not exist.</source>
        <translation>This complaint does not exist.</translation>
    </message>
    <message>
        <source>Complaint no. {id}</source>
        <translation>Complaint no. {id}</translation>
    </message>
    <message>
        <source>Complaint no. {id} · {status}</source>
        <translation>Complaint no. {id} · {status}</translation>
    </message>
    <message>
        <source>Received {received} by {channel} · {category} · {severity} · handler: {handler}</source>
        <translation>Received {received} by {channel} · {category} · {severity} · handler: {handler}</translation>
    </message>
    <message>
        <source>Answer promised by {time}</source>
        <translation>Answer promised by {time}</translation>
    </message>
    <message>
        <source>Resolved {time}: {text}</source>
        <translation>Resolved {time}: {text}</translation>
    </message>
    <message>
        <source>free service: {what}</source>
        <translation>free service: {what}</translation>
    </message>
    <message>
        <source>refund {amount}</source>
        <translation>refund {amount}</translation>
    </message>
    <message>
        <source>gift: {what}</source>
        <translation>gift: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n apology point(s)</source>
        <translation><numerusform>%n apology point</numerusform><numerusform>%n apology points</numerusform></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the kinds of compensation</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Compensation: {list}</source>
        <translation>Compensation: {list}</translation>
    </message>
    <message>
        <source>Root cause: {text}</source>
        <translation>Root cause: {text}</translation>
    </message>
    <message>
        <source>Prevention: {text}</source>
        <translation>Prevention: {text}</translation>
    </message>
    <message>
        <source>Follow-up call on {date}</source>
        <translation>Follow-up call on {date}</translation>
    </message>
    <message>
        <source>Followed up {time}: {stars} — {note}</source>
        <translation>Followed up {time}: {stars} — {note}</translation>
    </message>
    <message>
        <source>Closed {time}: {reason}</source>
        <translation>Closed {time}: {reason}</translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation>Details corrected</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation><numerusform>%n point given</numerusform><numerusform>%n points given</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) taken back</source>
        <translation><numerusform>%n point taken back</numerusform><numerusform>%n points taken back</numerusform></translation>
    </message>
    <message>
        <source>Close complaint no. {id}</source>
        <translation>Close complaint no. {id}</translation>
    </message>
    <message>
        <source>Close it without a follow-up call, e.g. she withdrew it or cannot be reached. Why?</source>
        <translation>Close it without a follow-up call, e.g. she withdrew it or cannot be reached. Why?</translation>
    </message>
    <message>
        <source>It goes back to In progress. Why is it reopened?</source>
        <translation>It goes back to In progress. Why is it reopened?</translation>
    </message>
    <message numerus="yes">
        <source>The %n apology point(s) given are taken back; they are given again when it is resolved.</source>
        <translation><numerusform>The %n apology point given are taken back; they are given again when it is resolved.</numerusform><numerusform>The %n apology points given are taken back; they are given again when it is resolved.</numerusform></translation>
    </message>
    <message>
        <source>Reopen complaint no. {id}</source>
        <translation>Reopen complaint no. {id}</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>A line in the timeline: a call made, a promise kept, what she said.</source>
        <translation>A line in the timeline: a call made, a promise kept, what she said.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>The reply has changed and is not saved. Close and lose it?</source>
        <translation>The reply has changed and is not saved. Close and lose it?</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>In the shop</source>
        <translation>In the shop</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>Review site</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Other channel</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>Product quality</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>%n day late</numerusform><numerusform>%n days late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation><numerusform>%n hour late</numerusform><numerusform>%n hours late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) late</source>
        <translation><numerusform>%n minute late</numerusform><numerusform>%n minutes late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
</context>
<context>
    <name>ComplaintsOnCard</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Promised by / follow-up</source>
        <translation>Promised by / follow-up</translation>
    </message>
    <message>
        <source>Record a complaint…</source>
        <translation>Record a complaint…</translation>
    </message>
    <message>
        <source>Call back {date}</source>
        <translation>Call back {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation><numerusform>%n complaint</numerusform><numerusform>%n complaints</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not finished</source>
        <translation><numerusform>%n not finished</numerusform><numerusform>%n not finished</numerusform></translation>
    </message>
    <message>
        <source>No complaints.</source>
        <translation>No complaints.</translation>
    </message>
    <message numerus="yes">
        <source>%n open complaint(s)</source>
        <translation><numerusform>%n open complaint</numerusform><numerusform>%n open complaints</numerusform></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>{date} · complaint no. {id}</source>
        <translation>{date} · complaint no. {id}</translation>
    </message>
    <message>
        <source>{text} · due</source>
        <translation>{text} · due</translation>
    </message>
    <message>
        <source>Complaint follow-up</source>
        <translation>Complaint follow-up</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Record a complaint…</source>
        <translation>Record a complaint…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Open (new and in progress)</source>
        <translation>Open (new and in progress)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Follow-up call due</source>
        <translation>Follow-up call due</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>All complaints</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <source>Search what happened or her name</source>
        <translation>Search what happened or her name</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Standard answers…</source>
        <translation>Standard answers…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) shown</source>
        <translation><numerusform>%n complaint shown</numerusform><numerusform>%n complaints shown</numerusform></translation>
    </message>
    <message>
        <source>{shown} · open: {open} · overdue: {overdue} · follow-up calls due: {due}</source>
        <translation>{shown} · open: {open} · overdue: {overdue} · follow-up calls due: {due}</translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation>All handlers</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>No complaints to export.</source>
        <translation>No complaints to export.</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>complaints</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>Writing the Excel file…</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Customer card — {name}</source>
        <translation>Customer card — {name}</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Given automatically when left empty</source>
        <translation>Given automatically when left empty</translation>
    </message>
    <message>
        <source>Landline or foreign number</source>
        <translation>Landline or foreign number</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Separate with commas</translation>
    </message>
    <message>
        <source>⚠ Allergies and contraindications</source>
        <translation>⚠ Allergies and contraindications</translation>
    </message>
    <message>
        <source>Birthdays and family</source>
        <translation>Birthdays and family</translation>
    </message>
    <message>
        <source>Born in a leap month: celebrate in the leap month in years that have it</source>
        <translation>Born in a leap month: celebrate in the leap month in years that have it</translation>
    </message>
    <message>
        <source>Work and preferences</source>
        <translation>Work and preferences</translation>
    </message>
    <message>
        <source>Source and notes</source>
        <translation>Source and notes</translation>
    </message>
    <message>
        <source>The referrer's member number or mobile</source>
        <translation>The referrer's member number or mobile</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Also greet on her lunar birthday (give the birth year to convert it)</source>
        <translation>Also greet on her lunar birthday (give the birth year to convert it)</translation>
    </message>
    <message>
        <source>Also greet on her solar birthday (give the birth year to convert it)</source>
        <translation>Also greet on her solar birthday (give the birth year to convert it)</translation>
    </message>
    <message>
        <source>Also greet on her lunar birthday: {date}</source>
        <translation>Also greet on her lunar birthday: {date}</translation>
    </message>
    <message>
        <source>Also greet on her solar birthday: {date}</source>
        <translation>Also greet on her solar birthday: {date}</translation>
    </message>
    <message>
        <source>Please check: {fields}</source>
        <translation>Please check: {fields}</translation>
    </message>
    <message>
        <source>Also on the card of: {names}</source>
        <translation>Also on the card of: {names}</translation>
    </message>
    <message>
        <source>This card has changes that are not saved. Save them?</source>
        <translation>This card has changes that are not saved. Save them?</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, pinyin, last 4 digits or member no.</source>
        <translation>Name, pinyin, last 4 digits or member no.</translation>
    </message>
    <message>
        <source>No card (anonymous)</source>
        <translation>No card (anonymous)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Her name or a number to call back (optional)</source>
        <translation>Her name or a number to call back (optional)</translation>
    </message>
    <message>
        <source>Nobody found. Tick “No card” to go on.</source>
        <translation>Nobody found. Tick “No card” to go on.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match: type more to narrow.</source>
        <translation><numerusform>%n customer match: type more to narrow.</numerusform><numerusform>%n customers match: type more to narrow.</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Allergies or contraindications</source>
        <translation>Allergies or contraindications</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total spent</translation>
    </message>
    <message>
        <source>Has allergies or contraindications: open the card before serving.</source>
        <translation>Has allergies or contraindications: open the card before serving.</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archived)</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Name, pinyin initials (zs), last 4 digits of the mobile, or member number</source>
        <translation>Name, pinyin initials (zs), last 4 digits of the mobile, or member number</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Relationship cards of the selected customers…</source>
        <translation>Relationship cards of the selected customers…</translation>
    </message>
    <message>
        <source>Member cards of the selected customers…</source>
        <translation>Member cards of the selected customers…</translation>
    </message>
    <message>
        <source>Relationship cards of everyone listed…</source>
        <translation>Relationship cards of everyone listed…</translation>
    </message>
    <message>
        <source>Member cards of everyone listed…</source>
        <translation>Member cards of everyone listed…</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Export the list…</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Export everything…</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Import customers…</translation>
    </message>
    <message>
        <source>Download the import template…</source>
        <translation>Download the import template…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Archive {name}? The card leaves the counter list but stays in the history and reports; you can bring it back with 'Show archived'.</source>
        <translation>Archive {name}? The card leaves the counter list but stays in the history and reports; you can bring it back with 'Show archived'.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Erase all personal data of {name} ({member_no})?

Name, phone numbers, birthday, address, notes and history values are removed for good. Visits and amounts stay, so the shop's totals remain right. This cannot be undone.</source>
        <translation>Erase all personal data of {name} ({member_no})?

Name, phone numbers, birthday, address, notes and history values are removed for good. Visits and amounts stay, so the shop's totals remain right. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>DailyTotalsModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Redeemed</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Net change</translation>
    </message>
</context>
<context>
    <name>DayDelegate</name>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} more</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Solar term</source>
        <translation>Solar term</translation>
    </message>
    <message numerus="yes">
        <source>%n occasion(s) — double-click to open the card</source>
        <translation><numerusform>%n occasion — double-click to open the card</numerusform><numerusform>%n occasions — double-click to open the card</numerusform></translation>
    </message>
    <message>
        <source>No birthdays or anniversaries on this day.</source>
        <translation>No birthdays or anniversaries on this day.</translation>
    </message>
</context>
<context>
    <name>DormantTab</name>
    <message>
        <source>Important grades only</source>
        <translation>Important grades only</translation>
    </message>
    <message>
        <source>Record a follow-up…</source>
        <translation>Record a follow-up…</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Open card</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <source>spent {money} in the period</source>
        <translation>spent {money} in the period</translation>
    </message>
    <message>
        <source>Late: away longer than {pct} % of her usual gap between visits, and at least {min} days; with fewer than {visits} visits, after {default} days.</source>
        <translation>Late: away longer than {pct} % of her usual gap between visits, and at least {min} days; with fewer than {visits} visits, after {default} days.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The data could not be saved</source>
        <translation>The data could not be saved</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe; the details are in the log:
{path}

{error}</source>
        <translation>Something went wrong. Your data is safe; the details are in the log:
{path}

{error}</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Relationship evaluations</source>
        <translation>Relationship evaluations</translation>
    </message>
    <message>
        <source>Member no. {member_no}</source>
        <translation>Member no. {member_no}</translation>
    </message>
    <message>
        <source>Evaluated on {date}</source>
        <translation>Evaluated on {date}</translation>
    </message>
    <message>
        <source>Facts from {start} to {end}</source>
        <translation>Facts from {start} to {end}</translation>
    </message>
    <message>
        <source>Evaluated by {operator}</source>
        <translation>Evaluated by {operator}</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>Printed {when}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>Evaluated by</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship evaluation</source>
        <translation>Relationship evaluation</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Spending</translation>
    </message>
    <message>
        <source>Visit frequency</source>
        <translation>Visit frequency</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Years as a customer</source>
        <translation>Years as a customer</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Relationship evaluation — {name}</source>
        <translation>Relationship evaluation — {name}</translation>
    </message>
    <message>
        <source>{name} · member no. {member_no}</source>
        <translation>{name} · member no. {member_no}</translation>
    </message>
    <message>
        <source>Evaluated on {date} · facts from {start} to {end}</source>
        <translation>Evaluated on {date} · facts from {start} to {end}</translation>
    </message>
    <message>
        <source>by {operator}</source>
        <translation>by {operator}</translation>
    </message>
    <message>
        <source>Total {total} · grade {grade} · {advice}</source>
        <translation>Total {total} · grade {grade} · {advice}</translation>
    </message>
    <message>
        <source>What to do: e.g. invite her to the new facial</source>
        <translation>What to do: e.g. invite her to the new facial</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save the evaluation</source>
        <translation>Save the evaluation</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Open her card</source>
        <translation>Open her card</translation>
    </message>
</context>
<context>
    <name>EvaluationListModel</name>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Save the evaluations as PDF</source>
        <translation>Save the evaluations as PDF</translation>
    </message>
    <message>
        <source>evaluation-summary</source>
        <translation>evaluation-summary</translation>
    </message>
    <message>
        <source>evaluation-forms</source>
        <translation>evaluation-forms</translation>
    </message>
    <message>
        <source>Cannot write the file: {reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
    <message>
        <source>Print evaluations</source>
        <translation>Print evaluations</translation>
    </message>
    <message>
        <source>No evaluations to print: evaluate customers first.</source>
        <translation>No evaluations to print: evaluate customers first.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>No evaluations to export.</source>
        <translation>No evaluations to export.</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>evaluations</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>Writing the Excel file…</translation>
    </message>
    <message>
        <source>Evaluate a customer…</source>
        <translation>Evaluate a customer…</translation>
    </message>
    <message>
        <source>Evaluate top customers…</source>
        <translation>Evaluate top customers…</translation>
    </message>
    <message>
        <source>Scheme…</source>
        <translation>Scheme…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>All recommendations</translation>
    </message>
    <message>
        <source>Name or member no.</source>
        <translation>Name or member no.</translation>
    </message>
    <message>
        <source>Delete the evaluation</source>
        <translation>Delete the evaluation</translation>
    </message>
    <message>
        <source>Delete the evaluation of {name} ({member_no}) of {date}? Its scores go with it.</source>
        <translation>Delete the evaluation of {name} ({member_no}) of {date}? Its scores go with it.</translation>
    </message>
</context>
<context>
    <name>EvaluationWords</name>
    <message>
        <source>Never came</source>
        <translation>Never came</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message>
        <source>No follow-up: neutral</source>
        <translation>No follow-up: neutral</translation>
    </message>
    <message>
        <source>{average} of 5</source>
        <translation>{average} of 5</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} years</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation><numerusform>%n visit</numerusform><numerusform>%n visits</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) referred</source>
        <translation><numerusform>%n customer referred</numerusform><numerusform>%n customers referred</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation><numerusform>%n complaint</numerusform><numerusform>%n complaints</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation><numerusform>%n evaluation</numerusform><numerusform>%n evaluations</numerusform></translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>huitouke</source>
        <translation>huitouke</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>Writing the Excel file…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Download the import template</source>
        <translation>Download the import template</translation>
    </message>
    <message>
        <source>customer-import-template.xlsx</source>
        <translation>customer-import-template.xlsx</translation>
    </message>
</context>
<context>
    <name>ExpiringCardsDialog</name>
    <message>
        <source>Package cards expiring soon</source>
        <translation>Package cards expiring soon</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) with sessions left expire within 30 days: remind her.</source>
        <translation><numerusform>%n card with sessions left expire within 30 days: remind her.</numerusform><numerusform>%n cards with sessions left expire within 30 days: remind her.</numerusform></translation>
    </message>
    <message>
        <source>No package card with sessions left expires within 30 days.</source>
        <translation>No package card with sessions left expires within 30 days.</translation>
    </message>
</context>
<context>
    <name>ExpiringCardsModel</name>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Sessions left</source>
        <translation>Sessions left</translation>
    </message>
</context>
<context>
    <name>ExpiringModel</name>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
</context>
<context>
    <name>ExpiryAtStart</name>
    <message numerus="yes">
        <source>Points past their last day expired: %n entry(s) posted.</source>
        <translation><numerusform>Points past their last day expired: %n entry posted.</numerusform><numerusform>Points past their last day expired: %n entrys posted.</numerusform></translation>
    </message>
</context>
<context>
    <name>FamilyMemberDialog</name>
    <message>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>e.g. husband, daughter, mother</source>
        <translation>e.g. husband, daughter, mother</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
</context>
<context>
    <name>FamilyTable</name>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>FestivalChoice</name>
    <message>
        <source>Also send festival greetings: {festival}</source>
        <translation>Also send festival greetings: {festival}</translation>
    </message>
    <message>
        <source>Also send festival greetings:</source>
        <translation>Also send festival greetings:</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record a follow-up — {name}</source>
        <translation>Record a follow-up — {name}</translation>
    </message>
    <message>
        <source>How she is doing, what she liked or disliked, what she asked for</source>
        <translation>How she is doing, what she liked or disliked, what she asked for</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Schedule the next follow-up</source>
        <translation>Schedule the next follow-up</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Discard this follow-up?</source>
        <translation>Discard this follow-up?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation>What you typed has not been saved. Close and lose it?</translation>
    </message>
</context>
<context>
    <name>FormTable</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>GradingTab</name>
    <message>
        <source>Grade again now</source>
        <translation>Grade again now</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <source>80/20: who brings the revenue</source>
        <translation>80/20: who brings the revenue</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>Set her grade</source>
        <translation>Set her grade</translation>
    </message>
    <message>
        <source>Use the computed grade</source>
        <translation>Use the computed grade</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Open card</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Customers of:</source>
        <translation>Customers of:</translation>
    </message>
    <message>
        <source>Grading the customers…</source>
        <translation>Grading the customers…</translation>
    </message>
    <message>
        <source>Not graded yet: grade the customers to see this.</source>
        <translation>Not graded yet: grade the customers to see this.</translation>
    </message>
    <message numerus="yes">
        <source>Graded on {day} over the last %n month(s) ({start} – {day}): recency, frequency and money, each against the shop's average.</source>
        <translation><numerusform>Graded on {day} over the last %n month ({start} – {day}): recency, frequency and money, each against the shop's average.</numerusform><numerusform>Graded on {day} over the last %n months ({start} – {day}): recency, frequency and money, each against the shop's average.</numerusform></translation>
    </message>
    <message>
        <source>The top 20 % ({top} customers) brought {share} of the revenue; 80 % of it came from {few} customers ({few_share} of {buyers} buyers).</source>
        <translation>The top 20 % ({top} customers) brought {share} of the revenue; 80 % of it came from {few} customers ({few_share} of {buyers} buyers).</translation>
    </message>
    <message>
        <source>No purchases in the period.</source>
        <translation>No purchases in the period.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
</context>
<context>
    <name>GreetingSection</name>
    <message>
        <source>Marking the greetings as sent…</source>
        <translation>Marking the greetings as sent…</translation>
    </message>
    <message>
        <source>Marking the greetings as not sent…</source>
        <translation>Marking the greetings as not sent…</translation>
    </message>
</context>
<context>
    <name>GreetingTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No message: the greeting contains an offer</source>
        <translation>No message: the greeting contains an offer</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <source>Sent {time}</source>
        <translation>Sent {time}</translation>
    </message>
    <message>
        <source>The greeting template contains an offer, and this customer has not agreed to marketing messages.</source>
        <translation>The greeting template contains an offer, and this customer has not agreed to marketing messages.</translation>
    </message>
</context>
<context>
    <name>GreetingsPanel</name>
    <message>
        <source>Greetings {date}</source>
        <translation>Greetings {date}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>Writing the Excel file…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copy message</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Mark sent</translation>
    </message>
    <message>
        <source>Mark not sent</source>
        <translation>Mark not sent</translation>
    </message>
    <message>
        <source>Mark as sent when copied</source>
        <translation>Mark as sent when copied</translation>
    </message>
    <message>
        <source>No customers to greet on this day.</source>
        <translation>No customers to greet on this day.</translation>
    </message>
    <message>
        <source>Greetings — {date}</source>
        <translation>Greetings — {date}</translation>
    </message>
    <message>
        <source>Preparing the festival greetings…</source>
        <translation>Preparing the festival greetings…</translation>
    </message>
    <message>
        <source>To greet: {count} ({sent} sent)</source>
        <translation>To greet: {count} ({sent} sent)</translation>
    </message>
    <message>
        <source>Not agreed to marketing messages (send only greetings without an offer): {count} ({sent} sent)</source>
        <translation>Not agreed to marketing messages (send only greetings without an offer): {count} ({sent} sent)</translation>
    </message>
    <message>
        <source>The greeting for {occasions} contains an offer, so these customers get no message from it. Greet them in person, or use a greeting without an offer.</source>
        <translation>The greeting for {occasions} contains an offer, so these customers get no message from it. Greet them in person, or use a greeting without an offer.</translation>
    </message>
    <message>
        <source>This customer has not agreed to marketing messages, and the greeting contains an offer.</source>
        <translation>This customer has not agreed to marketing messages, and the greeting contains an offer.</translation>
    </message>
    <message>
        <source>Copy the selected customer's message (Ctrl+C)</source>
        <translation>Copy the selected customer's message (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copied the message for {name}.</source>
        <translation>Copied the message for {name}.</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year's Day</source>
        <translation>New Year's Day</translation>
    </message>
    <message>
        <source>Laba Festival</source>
        <translation>Laba Festival</translation>
    </message>
    <message>
        <source>Chinese New Year's Eve</source>
        <translation>Chinese New Year's Eve</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>Lantern Festival</translation>
    </message>
    <message>
        <source>Dragon Raises Its Head</source>
        <translation>Dragon Raises Its Head</translation>
    </message>
    <message>
        <source>Valentine's Day</source>
        <translation>Valentine's Day</translation>
    </message>
    <message>
        <source>Women's Day</source>
        <translation>Women's Day</translation>
    </message>
    <message>
        <source>Qingming Festival</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Mother's Day</source>
        <translation>Mother's Day</translation>
    </message>
    <message>
        <source>520 Day</source>
        <translation>520 Day</translation>
    </message>
    <message>
        <source>Children's Day</source>
        <translation>Children's Day</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <source>618 Shopping Festival</source>
        <translation>618 Shopping Festival</translation>
    </message>
    <message>
        <source>Father's Day</source>
        <translation>Father's Day</translation>
    </message>
    <message>
        <source>Qixi Festival</source>
        <translation>Qixi Festival</translation>
    </message>
    <message>
        <source>Teachers' Day</source>
        <translation>Teachers' Day</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>Double Ninth Festival</source>
        <translation>Double Ninth Festival</translation>
    </message>
    <message>
        <source>Double Eleven</source>
        <translation>Double Eleven</translation>
    </message>
    <message>
        <source>Thanksgiving</source>
        <translation>Thanksgiving</translation>
    </message>
    <message>
        <source>Double Twelve</source>
        <translation>Double Twelve</translation>
    </message>
    <message>
        <source>Winter Solstice</source>
        <translation>Winter Solstice</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Christmas Eve</translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation>Christmas</translation>
    </message>
    <message>
        <source>70th Anniversary of the Victory</source>
        <translation>70th Anniversary of the Victory</translation>
    </message>
    <message>
        <source>Minor Cold</source>
        <translation>Minor Cold</translation>
    </message>
    <message>
        <source>Major Cold</source>
        <translation>Major Cold</translation>
    </message>
    <message>
        <source>Start of Spring</source>
        <translation>Start of Spring</translation>
    </message>
    <message>
        <source>Rain Water</source>
        <translation>Rain Water</translation>
    </message>
    <message>
        <source>Awakening of Insects</source>
        <translation>Awakening of Insects</translation>
    </message>
    <message>
        <source>Spring Equinox</source>
        <translation>Spring Equinox</translation>
    </message>
    <message>
        <source>Pure Brightness</source>
        <translation>Pure Brightness</translation>
    </message>
    <message>
        <source>Grain Rain</source>
        <translation>Grain Rain</translation>
    </message>
    <message>
        <source>Start of Summer</source>
        <translation>Start of Summer</translation>
    </message>
    <message>
        <source>Grain Buds</source>
        <translation>Grain Buds</translation>
    </message>
    <message>
        <source>Grain in Ear</source>
        <translation>Grain in Ear</translation>
    </message>
    <message>
        <source>Summer Solstice</source>
        <translation>Summer Solstice</translation>
    </message>
    <message>
        <source>Minor Heat</source>
        <translation>Minor Heat</translation>
    </message>
    <message>
        <source>Major Heat</source>
        <translation>Major Heat</translation>
    </message>
    <message>
        <source>Start of Autumn</source>
        <translation>Start of Autumn</translation>
    </message>
    <message>
        <source>End of Heat</source>
        <translation>End of Heat</translation>
    </message>
    <message>
        <source>White Dew</source>
        <translation>White Dew</translation>
    </message>
    <message>
        <source>Autumn Equinox</source>
        <translation>Autumn Equinox</translation>
    </message>
    <message>
        <source>Cold Dew</source>
        <translation>Cold Dew</translation>
    </message>
    <message>
        <source>Frost's Descent</source>
        <translation>Frost's Descent</translation>
    </message>
    <message>
        <source>Start of Winter</source>
        <translation>Start of Winter</translation>
    </message>
    <message>
        <source>Minor Snow</source>
        <translation>Minor Snow</translation>
    </message>
    <message>
        <source>Major Snow</source>
        <translation>Major Snow</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers — {file}</source>
        <translation>Import customers — {file}</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>{created} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Problems to fix: {count}. Nothing is imported until the file is clean: fix it in Excel or WPS, save it, then press Check again.</source>
        <translation>Problems to fix: {count}. Nothing is imported until the file is clean: fix it in Excel or WPS, save it, then press Check again.</translation>
    </message>
    <message>
        <source>The file is clean. Nothing is written until you press Import.</source>
        <translation>The file is clean. Nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Columns not imported: {columns}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message numerus="yes">
        <source>Opening points posted for %n customer(s).</source>
        <translation><numerusform>Opening points posted for %n customer.</numerusform><numerusform>Opening points posted for %n customers.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Opening stored value posted for %n customer(s).</source>
        <translation><numerusform>Opening stored value posted for %n customer.</numerusform><numerusform>Opening stored value posted for %n customers.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Package cards brought over: %n.</source>
        <translation><numerusform>Package cards brought over: %n.</numerusform><numerusform>Package cards brought over: %n.</numerusform></translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Imported: {created} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Will be</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Promised by / follow-up</source>
        <translation>Promised by / follow-up</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Call back {date}</source>
        <translation>Call back {date}</translation>
    </message>
    <message>
        <source>{text} · due</source>
        <translation>{text} · due</translation>
    </message>
    <message>
        <source>Satisfaction {score}/5</source>
        <translation>Satisfaction {score}/5</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>shop's default</source>
        <translation>shop's default</translation>
    </message>
    <message>
        <source>every {days} days</source>
        <translation>every {days} days</translation>
    </message>
    <message>
        <source>Late after {days} days without a visit</source>
        <translation>Late after {days} days without a visit</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Spent (period)</source>
        <translation>Spent (period)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Usual rhythm</source>
        <translation>Usual rhythm</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>Days away</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>To wake (late up to {wake} days)</source>
        <translation>To wake (late up to {wake} days)</translation>
    </message>
    <message>
        <source>All late customers</source>
        <translation>All late customers</translation>
    </message>
    <message>
        <source>Late 1–3 months</source>
        <translation>Late 1–3 months</translation>
    </message>
    <message>
        <source>Late over 3 months</source>
        <translation>Late over 3 months</translation>
    </message>
    <message>
        <source>Set by the shop; computed: {grade}</source>
        <translation>Set by the shop; computed: {grade}</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Days since purchase</source>
        <translation>Days since purchase</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Share of revenue</translation>
    </message>
    <message>
        <source>Important value</source>
        <translation>Important value</translation>
    </message>
    <message>
        <source>Important to develop</source>
        <translation>Important to develop</translation>
    </message>
    <message>
        <source>Important to keep</source>
        <translation>Important to keep</translation>
    </message>
    <message>
        <source>Important to win back</source>
        <translation>Important to win back</translation>
    </message>
    <message>
        <source>General value</source>
        <translation>General value</translation>
    </message>
    <message>
        <source>General to develop</source>
        <translation>General to develop</translation>
    </message>
    <message>
        <source>General to keep</source>
        <translation>General to keep</translation>
    </message>
    <message>
        <source>General to win back</source>
        <translation>General to win back</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>No purchase</translation>
    </message>
    <message>
        <source>Improve</source>
        <translation>Improve</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Maintain</translation>
    </message>
    <message>
        <source>End the relationship</source>
        <translation>End the relationship</translation>
    </message>
    <message>
        <source> (set by the shop)</source>
        <translation> (set by the shop)</translation>
    </message>
    <message>
        <source>too few visits to tell</source>
        <translation>too few visits to tell</translation>
    </message>
    <message>
        <source>late by {days} days</source>
        <translation>late by {days} days</translation>
    </message>
    <message>
        <source>Grade (RFM)</source>
        <translation>Grade (RFM)</translation>
    </message>
    <message>
        <source>Her rhythm</source>
        <translation>Her rhythm</translation>
    </message>
</context>
<context>
    <name>InsightExport</name>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nothing to export.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>Writing the Excel file…</translation>
    </message>
</context>
<context>
    <name>InsightPage</name>
    <message>
        <source>Dormant customers</source>
        <translation>Dormant customers</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Grading</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <source>Open: {open} · overdue: {overdue} · follow-up calls due: {due}</source>
        <translation>Open: {open} · overdue: {overdue} · follow-up calls due: {due}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Find a customer</translation>
    </message>
    <message>
        <source>Record a complaint…</source>
        <translation>Record a complaint…</translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation>Back up to…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Check the data</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Points rule…</source>
        <translation>Points rule…</translation>
    </message>
    <message>
        <source>Rewards…</source>
        <translation>Rewards…</translation>
    </message>
    <message>
        <source>Packages…</source>
        <translation>Packages…</translation>
    </message>
    <message>
        <source>Top-up bonus…</source>
        <translation>Top-up bonus…</translation>
    </message>
    <message>
        <source>Standard answers…</source>
        <translation>Standard answers…</translation>
    </message>
    <message>
        <source>Package cards expiring soon…</source>
        <translation>Package cards expiring soon…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About Huitouke</source>
        <translation>About Huitouke</translation>
    </message>
    <message>
        <source>Huitouke</source>
        <translation>Huitouke</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>Operator: {name}</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Saved a copy of all data as
{path}</source>
        <translation>Saved a copy of all data as
{path}</translation>
    </message>
    <message>
        <source>Huitouke backups (*.db);;All files (*)</source>
        <translation>Huitouke backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Replace all current data with the backup
{path}?

A copy of the current data is kept in the backups folder first.</source>
        <translation>Replace all current data with the backup
{path}?

A copy of the current data is kept in the backups folder first.</translation>
    </message>
    <message>
        <source>The backup is restored. The data from before is kept as
{path}</source>
        <translation>The backup is restored. The data from before is kept as
{path}</translation>
    </message>
    <message numerus="yes">
        <source>Everything is in order: %n customer(s) checked.</source>
        <translation><numerusform>Everything is in order: %n customer checked.</numerusform><numerusform>Everything is in order: %n customers checked.</numerusform></translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <source>Huitouke {version}
Keeps a small shop's returning customers: cards, birthdays, visits and follow-ups, all on this computer.
Database: {db}</source>
        <translation>Huitouke {version}
Keeps a small shop's returning customers: cards, birthdays, visits and follow-ups, all on this computer.
Database: {db}</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>Select a customer to read her whole message here.</source>
        <translation>Select a customer to read her whole message here.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database file is damaged: {detail}</source>
        <translation>The database file is damaged: {detail}</translation>
    </message>
    <message>
        <source>Row {row} of table {table} refers to a missing row of table {parent}.</source>
        <translation>Row {row} of table {table} refers to a missing row of table {parent}.</translation>
    </message>
    <message>
        <source>Member {member_no}: the card shows {card_count} visits, ¥{card_spent}, last on {card_last}, but the visits add up to {count} visits, ¥{spent}, last on {last}.</source>
        <translation>Member {member_no}: the card shows {card_count} visits, ¥{card_spent}, last on {card_last}, but the visits add up to {count} visits, ¥{spent}, last on {last}.</translation>
    </message>
    <message>
        <source>Member {member_no}: the visit on {visited_on} is recorded as ¥{amount}, but its items add up to ¥{items}.</source>
        <translation>Member {member_no}: the visit on {visited_on} is recorded as ¥{amount}, but its items add up to ¥{items}.</translation>
    </message>
    <message>
        <source>Member {member_no}: the name cannot be found by pinyin search.</source>
        <translation>Member {member_no}: the name cannot be found by pinyin search.</translation>
    </message>
    <message>
        <source>Member {member_no}: the last four digits kept for the counter search do not match the mobile.</source>
        <translation>Member {member_no}: the last four digits kept for the counter search do not match the mobile.</translation>
    </message>
    <message>
        <source>Member {member_no}: the card was erased but still holds personal data.</source>
        <translation>Member {member_no}: the card was erased but still holds personal data.</translation>
    </message>
    <message>
        <source>Member {member_no}: the second birthday kept for greetings is not the same day of birth as the birthday on the card. Open the card and save it again.</source>
        <translation>Member {member_no}: the second birthday kept for greetings is not the same day of birth as the birthday on the card. Open the card and save it again.</translation>
    </message>
    <message>
        <source>Member {member_no}: the card shows {card} points, but the points entries add up to {sum}.</source>
        <translation>Member {member_no}: the card shows {card} points, but the points entries add up to {sum}.</translation>
    </message>
    <message>
        <source>Member {member_no}: points entry #{entry} shows a balance of {shown} after it, but the entries up to it add up to {sum}.</source>
        <translation>Member {member_no}: points entry #{entry} shows a balance of {shown} after it, but the entries up to it add up to {sum}.</translation>
    </message>
    <message>
        <source>Member {member_no}: points entry #{entry} is a reversal that does not undo exactly one other entry of hers (#{original}).</source>
        <translation>Member {member_no}: points entry #{entry} is a reversal that does not undo exactly one other entry of hers (#{original}).</translation>
    </message>
    <message>
        <source>Member {member_no}: the card shows a stored value of {card_principal} + {card_bonus} bonus, but its entries add up to {principal} + {bonus} bonus.</source>
        <translation>Member {member_no}: the card shows a stored value of {card_principal} + {card_bonus} bonus, but its entries add up to {principal} + {bonus} bonus.</translation>
    </message>
    <message>
        <source>Member {member_no}: stored-value entry #{entry} shows a balance after it that is not the sum of the entries up to it, or below zero.</source>
        <translation>Member {member_no}: stored-value entry #{entry} shows a balance after it that is not the sum of the entries up to it, or below zero.</translation>
    </message>
    <message>
        <source>Member {member_no}: stored-value entry #{entry} is a reversal that does not undo exactly one other entry of hers (#{original}).</source>
        <translation>Member {member_no}: stored-value entry #{entry} is a reversal that does not undo exactly one other entry of hers (#{original}).</translation>
    </message>
    <message>
        <source>Member {member_no}: package card #{card} shows {card_used} of {sessions} sessions used, but its entries add up to {used}.</source>
        <translation>Member {member_no}: package card #{card} shows {card_used} of {sessions} sessions used, but its entries add up to {used}.</translation>
    </message>
    <message>
        <source>Member {member_no}: session entry #{entry} of package card #{card} does not follow from the entries before it, or leaves more sessions used than sold.</source>
        <translation>Member {member_no}: session entry #{entry} of package card #{card} does not follow from the entries before it, or leaves more sessions used than sold.</translation>
    </message>
    <message>
        <source>Member number {member_no} belongs to {name}.</source>
        <translation>Member number {member_no} belongs to {name}.</translation>
    </message>
    <message>
        <source>No customer has the member number or mobile {value}.</source>
        <translation>No customer has the member number or mobile {value}.</translation>
    </message>
    <message>
        <source>A customer cannot refer herself.</source>
        <translation>A customer cannot refer herself.</translation>
    </message>
    <message>
        <source>Please write what happened.</source>
        <translation>Please write what happened.</translation>
    </message>
    <message>
        <source>The complaint cannot be received in the future.</source>
        <translation>The complaint cannot be received in the future.</translation>
    </message>
    <message>
        <source>The promised time must be after the complaint was received.</source>
        <translation>The promised time must be after the complaint was received.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <source>This customer's personal data was erased.</source>
        <translation>This customer's personal data was erased.</translation>
    </message>
    <message>
        <source>This complaint does not exist.</source>
        <translation>This complaint does not exist.</translation>
    </message>
    <message>
        <source>This complaint has changed meanwhile: that step is no longer possible.</source>
        <translation>This complaint has changed meanwhile: that step is no longer possible.</translation>
    </message>
    <message>
        <source>Please write what was done.</source>
        <translation>Please write what was done.</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>Please give the reason.</translation>
    </message>
    <message>
        <source>Please write what she said.</source>
        <translation>Please write what she said.</translation>
    </message>
    <message>
        <source>Choose the day of the follow-up call.</source>
        <translation>Choose the day of the follow-up call.</translation>
    </message>
    <message>
        <source>The follow-up cannot be before today.</source>
        <translation>The follow-up cannot be before today.</translation>
    </message>
    <message>
        <source>The refund must be between ¥0 and ¥1,000,000.</source>
        <translation>The refund must be between ¥0 and ¥1,000,000.</translation>
    </message>
    <message>
        <source>Apology points must be 0 to {max}.</source>
        <translation>Apology points must be 0 to {max}.</translation>
    </message>
    <message>
        <source>Points can only be given to a customer with a card.</source>
        <translation>Points can only be given to a customer with a card.</translation>
    </message>
    <message>
        <source>Complaint #{id} reopened</source>
        <translation>Complaint #{id} reopened</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Please try again.</source>
        <translation>The database is busy in another window or program. Please try again.</translation>
    </message>
    <message>
        <source>The database cannot be changed: the file or its folder is read-only.</source>
        <translation>The database cannot be changed: the file or its folder is read-only.</translation>
    </message>
    <message>
        <source>The disk is full. Please free some space and try again.</source>
        <translation>The disk is full. Please free some space and try again.</translation>
    </message>
    <message>
        <source>The database file is damaged. Please restore a backup.</source>
        <translation>The database file is damaged. Please restore a backup.</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Please check the folder and its access rights.</source>
        <translation>The database file cannot be opened. Please check the folder and its access rights.</translation>
    </message>
    <message>
        <source>The database could not be read or written.</source>
        <translation>The database could not be read or written.</translation>
    </message>
    <message>
        <source>The database location is a folder, not a file.</source>
        <translation>The database location is a folder, not a file.</translation>
    </message>
    <message>
        <source>The folder cannot be written to. Please choose another place.</source>
        <translation>The folder cannot be written to. Please choose another place.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of 回头客. Please install the newer version to open it.</source>
        <translation>This database was made by a newer version of 回头客. Please install the newer version to open it.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>This file is not a 回头客 database or backup.</source>
        <translation>This file is not a 回头客 database or backup.</translation>
    </message>
    <message>
        <source>This database belongs to another program, not to 回头客.</source>
        <translation>This database belongs to another program, not to 回头客.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Please enter the customer's name.</source>
        <translation>Please enter the customer's name.</translation>
    </message>
    <message>
        <source>A member number has only letters, digits, '-' and '_'.</source>
        <translation>A member number has only letters, digits, '-' and '_'.</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13–19, e.g. 138 1234 5678.</source>
        <translation>A mobile number has 11 digits and starts with 13–19, e.g. 138 1234 5678.</translation>
    </message>
    <message>
        <source>Not a phone number: use e.g. 010-12345678, 400-123-4567 or +44 20 7946 0958.</source>
        <translation>Not a phone number: use e.g. 010-12345678, 400-123-4567 or +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>The month must be between 1 and 12.</translation>
    </message>
    <message>
        <source>That day does not exist in this month.</source>
        <translation>That day does not exist in this month.</translation>
    </message>
    <message>
        <source>A lunar month has at most 30 days.</source>
        <translation>A lunar month has at most 30 days.</translation>
    </message>
    <message>
        <source>That lunar date does not exist in {year}: the month has {days} days.</source>
        <translation>That lunar date does not exist in {year}: the month has {days} days.</translation>
    </message>
    <message>
        <source>Lunar year {year} has no leap month {month}.</source>
        <translation>Lunar year {year} has no leap month {month}.</translation>
    </message>
    <message>
        <source>Only a lunar date can be in a leap month.</source>
        <translation>Only a lunar date can be in a leap month.</translation>
    </message>
    <message>
        <source>The year must be between {low} and {high}.</source>
        <translation>The year must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>The photo is too large: at most {limit} KB.</source>
        <translation>The photo is too large: at most {limit} KB.</translation>
    </message>
    <message>
        <source>At most {limit} tags.</source>
        <translation>At most {limit} tags.</translation>
    </message>
    <message>
        <source>A tag has at most {limit} characters.</source>
        <translation>A tag has at most {limit} characters.</translation>
    </message>
    <message>
        <source>The wedding anniversary is kept as a solar date.</source>
        <translation>The wedding anniversary is kept as a solar date.</translation>
    </message>
    <message>
        <source>Family member {index}: please enter a name or a relation.</source>
        <translation>Family member {index}: please enter a name or a relation.</translation>
    </message>
    <message>
        <source>Add at least one item or service.</source>
        <translation>Add at least one item or service.</translation>
    </message>
    <message>
        <source>Item {index}: please enter what was bought or done.</source>
        <translation>Item {index}: please enter what was bought or done.</translation>
    </message>
    <message>
        <source>Item {index}: the quantity must be 1 to 9999.</source>
        <translation>Item {index}: the quantity must be 1 to 9999.</translation>
    </message>
    <message>
        <source>Item {index}: the price must be between ¥0 and ¥1,000,000.</source>
        <translation>Item {index}: the price must be between ¥0 and ¥1,000,000.</translation>
    </message>
    <message>
        <source>Not an amount of money: use digits with at most two decimals, e.g. 128.50.</source>
        <translation>Not an amount of money: use digits with at most two decimals, e.g. 128.50.</translation>
    </message>
    <message>
        <source>This date is before 1990.</source>
        <translation>This date is before 1990.</translation>
    </message>
    <message>
        <source>Satisfaction is 1 to 5.</source>
        <translation>Satisfaction is 1 to 5.</translation>
    </message>
    <message>
        <source>The next follow-up must be after this one.</source>
        <translation>The next follow-up must be after this one.</translation>
    </message>
    <message>
        <source>Please write what was said.</source>
        <translation>Please write what was said.</translation>
    </message>
    <message>
        <source>Give the reason for voiding this purchase.</source>
        <translation>Give the reason for voiding this purchase.</translation>
    </message>
    <message>
        <source>This visit does not exist.</source>
        <translation>This visit does not exist.</translation>
    </message>
    <message>
        <source>This purchase was voided already.</source>
        <translation>This purchase was voided already.</translation>
    </message>
    <message>
        <source>Sample data goes only into an empty database; this one already holds customers ({count}).</source>
        <translation>Sample data goes only into an empty database; this one already holds customers ({count}).</translation>
    </message>
    <message>
        <source>The number of sample customers must be between {low} and {high}.</source>
        <translation>The number of sample customers must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>Sample data cancelled: nothing was written.</source>
        <translation>Sample data cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Cannot save {file}: the folder {folder} does not exist.</source>
        <translation>Cannot save {file}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Cannot save {file}: it is a folder.</source>
        <translation>Cannot save {file}: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot save {file}: it is open in Excel or another program, or the folder is read-only. Close the file or choose another folder, then export again.</source>
        <translation>Cannot save {file}: it is open in Excel or another program, or the folder is read-only. Close the file or choose another folder, then export again.</translation>
    </message>
    <message>
        <source>Cannot save {file}: the disk is full.</source>
        <translation>Cannot save {file}: the disk is full.</translation>
    </message>
    <message>
        <source>Cannot save {file}: {reason}</source>
        <translation>Cannot save {file}: {reason}</translation>
    </message>
    <message>
        <source>row {row}: {column}: {reason}</source>
        <translation>row {row}: {column}: {reason}</translation>
    </message>
    <message>
        <source>{file} has no customers below its header row.</source>
        <translation>{file} has no customers below its header row.</translation>
    </message>
    <message>
        <source>This customer already has {balance} points: change them with an adjustment on her card.</source>
        <translation>This customer already has {balance} points: change them with an adjustment on her card.</translation>
    </message>
    <message>
        <source>This column appears twice (columns {first} and {second}): keep one.</source>
        <translation>This column appears twice (columns {first} and {second}): keep one.</translation>
    </message>
    <message>
        <source>Member number {member_no} is also on row {row}.</source>
        <translation>Member number {member_no} is also on row {row}.</translation>
    </message>
    <message>
        <source>Mobile {mobile} is also on row {row} and neither row has a member number: give each customer her member number, or remove the repeated row.</source>
        <translation>Mobile {mobile} is also on row {row} and neither row has a member number: give each customer her member number, or remove the repeated row.</translation>
    </message>
    <message>
        <source>Row {row} already updates this customer ({name} · {member_no}).</source>
        <translation>Row {row} already updates this customer ({name} · {member_no}).</translation>
    </message>
    <message>
        <source>{count} customers have the mobile {mobile}: write the member number of the one to update.</source>
        <translation>{count} customers have the mobile {mobile}: write the member number of the one to update.</translation>
    </message>
    <message>
        <source>The file has {count} problems: nothing was imported. Fix them and check again.</source>
        <translation>The file has {count} problems: nothing was imported. Fix them and check again.</translation>
    </message>
    <message>
        <source>The customers changed since the file was checked: nothing was imported. Please check the file again.</source>
        <translation>The customers changed since the file was checked: nothing was imported. Please check the file again.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>The file {file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>{file} is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is an old Excel file (.xls). Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>{file} is an old Excel file (.xls). Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Open it in Excel or WPS, remove the password and save it again.</source>
        <translation>{file} is protected by a password. Open it in Excel or WPS, remove the password and save it again.</translation>
    </message>
    <message>
        <source>No header row found in {file}: one of the first {rows} rows must name the columns, at least 姓名 (name).</source>
        <translation>No header row found in {file}: one of the first {rows} rows must name the columns, at least 姓名 (name).</translation>
    </message>
    <message>
        <source>Not a date: write e.g. 1990-08-15, 08-15, 8月15日, 农历八月十五 or 农历1990-08-15.</source>
        <translation>Not a date: write e.g. 1990-08-15, 08-15, 8月15日, 农历八月十五 or 农历1990-08-15.</translation>
    </message>
    <message>
        <source>Not a date with its year: write e.g. 2024-03-01.</source>
        <translation>Not a date with its year: write e.g. 2024-03-01.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>“{value}” is not one of: {choices}.</translation>
    </message>
    <message>
        <source>This says solar, but the birthday is written as a lunar date (农历).</source>
        <translation>This says solar, but the birthday is written as a lunar date (农历).</translation>
    </message>
    <message>
        <source>This says lunar, but the birthday is written as a solar date (公历).</source>
        <translation>This says lunar, but the birthday is written as a solar date (公历).</translation>
    </message>
    <message>
        <source>This says no, but the birthday is written in a leap month (闰).</source>
        <translation>This says no, but the birthday is written in a leap month (闰).</translation>
    </message>
    <message>
        <source>“{value}” is not a number of points: write a whole number, e.g. 1280.</source>
        <translation>“{value}” is not a number of points: write a whole number, e.g. 1280.</translation>
    </message>
    <message>
        <source>Points are whole numbers: {value} has a fraction.</source>
        <translation>Points are whole numbers: {value} has a fraction.</translation>
    </message>
    <message>
        <source>An opening balance is at most {max} points.</source>
        <translation>An opening balance is at most {max} points.</translation>
    </message>
    <message>
        <source>No customer has these member numbers: {numbers}.</source>
        <translation>No customer has these member numbers: {numbers}.</translation>
    </message>
    <message>
        <source>Write the greeting; it cannot be empty.</source>
        <translation>Write the greeting; it cannot be empty.</translation>
    </message>
    <message>
        <source>The greeting is too long (at most {max} characters).</source>
        <translation>The greeting is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>{{{field}}} is not a placeholder. Use {allowed}.</source>
        <translation>{{{field}}} is not a placeholder. Use {allowed}.</translation>
    </message>
    <message>
        <source>A brace is not closed. Placeholders are written like {{name}}; for a brace itself write it twice.</source>
        <translation>A brace is not closed. Placeholders are written like {{name}}; for a brace itself write it twice.</translation>
    </message>
    <message>
        <source>Give the date a name.</source>
        <translation>Give the date a name.</translation>
    </message>
    <message>
        <source>The name is too long (at most {max} characters).</source>
        <translation>The name is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>A shop date is the shop's own, an official day off or an adjusted working day.</source>
        <translation>A shop date is the shop's own, an official day off or an adjusted working day.</translation>
    </message>
    <message>
        <source>Official days off and adjusted working days change every year: enter them for one date, not every year.</source>
        <translation>Official days off and adjusted working days change every year: enter them for one date, not every year.</translation>
    </message>
    <message>
        <source>Not enough points: {name} has {balance}, {reward} takes {price}.</source>
        <translation>Not enough points: {name} has {balance}, {reward} takes {price}.</translation>
    </message>
    <message>
        <source>{reward} is out of stock.</source>
        <translation>{reward} is out of stock.</translation>
    </message>
    <message>
        <source>{reward} is no longer offered.</source>
        <translation>{reward} is no longer offered.</translation>
    </message>
    <message>
        <source>Points cannot go below zero: {name} has {balance}, this takes {points}.</source>
        <translation>Points cannot go below zero: {name} has {balance}, this takes {points}.</translation>
    </message>
    <message>
        <source>Give the reason for this change of points.</source>
        <translation>Give the reason for this change of points.</translation>
    </message>
    <message>
        <source>Enter a number of points other than 0.</source>
        <translation>Enter a number of points other than 0.</translation>
    </message>
    <message>
        <source>At most {max} points at a time.</source>
        <translation>At most {max} points at a time.</translation>
    </message>
    <message>
        <source>An opening balance cannot be negative.</source>
        <translation>An opening balance cannot be negative.</translation>
    </message>
    <message>
        <source>This entry was already reversed.</source>
        <translation>This entry was already reversed.</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed: post a new entry instead.</source>
        <translation>A reversal cannot be reversed: post a new entry instead.</translation>
    </message>
    <message>
        <source>This points entry does not exist.</source>
        <translation>This points entry does not exist.</translation>
    </message>
    <message>
        <source>This reward does not exist.</source>
        <translation>This reward does not exist.</translation>
    </message>
    <message>
        <source>Give the reward a name.</source>
        <translation>Give the reward a name.</translation>
    </message>
    <message>
        <source>The points price is 1 to {max}.</source>
        <translation>The points price is 1 to {max}.</translation>
    </message>
    <message>
        <source>The stock is 0 to {max}, or not counted.</source>
        <translation>The stock is 0 to {max}, or not counted.</translation>
    </message>
    <message>
        <source>A discount is worth ¥0.01 to ¥100,000.</source>
        <translation>A discount is worth ¥0.01 to ¥100,000.</translation>
    </message>
    <message>
        <source>A rule starts today or later: points already earned keep the rule they were earned by.</source>
        <translation>A rule starts today or later: points already earned keep the rule they were earned by.</translation>
    </message>
    <message>
        <source>One point for ¥0.01 to ¥10,000.</source>
        <translation>One point for ¥0.01 to ¥10,000.</translation>
    </message>
    <message>
        <source>A multiplier is 0% to 1000%.</source>
        <translation>A multiplier is 0% to 1000%.</translation>
    </message>
    <message>
        <source>The referral bonus is 0 to {max} points.</source>
        <translation>The referral bonus is 0 to {max} points.</translation>
    </message>
    <message>
        <source>Points last 1 to 120 months.</source>
        <translation>Points last 1 to 120 months.</translation>
    </message>
    <message>
        <source>An amount of ¥0.01 to ¥1,000,000.</source>
        <translation>An amount of ¥0.01 to ¥1,000,000.</translation>
    </message>
    <message>
        <source>Not enough stored value: {name} has {balance}, this takes {amount}.</source>
        <translation>Not enough stored value: {name} has {balance}, this takes {amount}.</translation>
    </message>
    <message>
        <source>{name} has no stored value to refund.</source>
        <translation>{name} has no stored value to refund.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Give the reason.</translation>
    </message>
    <message>
        <source>This entry does not exist.</source>
        <translation>This entry does not exist.</translation>
    </message>
    <message>
        <source>This would take {name}'s stored value below zero: it was spent already.</source>
        <translation>This would take {name}'s stored value below zero: it was spent already.</translation>
    </message>
    <message>
        <source>This package is no longer offered.</source>
        <translation>This package is no longer offered.</translation>
    </message>
    <message>
        <source>This package card does not exist.</source>
        <translation>This package card does not exist.</translation>
    </message>
    <message>
        <source>{card} expired on {day}: it cannot be used.</source>
        <translation>{card} expired on {day}: it cannot be used.</translation>
    </message>
    <message>
        <source>{card} has no sessions left.</source>
        <translation>{card} has no sessions left.</translation>
    </message>
    <message>
        <source>{name} has no package card to use for this.</source>
        <translation>{name} has no package card to use for this.</translation>
    </message>
    <message>
        <source>{card} was already used for this visit.</source>
        <translation>{card} was already used for this visit.</translation>
    </message>
    <message>
        <source>This package card belongs to another customer.</source>
        <translation>This package card belongs to another customer.</translation>
    </message>
    <message>
        <source>This visit is not one of this customer's.</source>
        <translation>This visit is not one of this customer's.</translation>
    </message>
    <message>
        <source>Only a session used can be returned.</source>
        <translation>Only a session used can be returned.</translation>
    </message>
    <message>
        <source>Give the package a name.</source>
        <translation>Give the package a name.</translation>
    </message>
    <message>
        <source>Name the service a session pays for.</source>
        <translation>Name the service a session pays for.</translation>
    </message>
    <message>
        <source>A package has 1 to 1,000 sessions.</source>
        <translation>A package has 1 to 1,000 sessions.</translation>
    </message>
    <message>
        <source>The price is ¥0 to ¥1,000,000.</source>
        <translation>The price is ¥0 to ¥1,000,000.</translation>
    </message>
    <message>
        <source>A package lasts 1 to 3,650 days.</source>
        <translation>A package lasts 1 to 3,650 days.</translation>
    </message>
    <message>
        <source>Sessions already used: 0 to the sessions sold.</source>
        <translation>Sessions already used: 0 to the sessions sold.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount of money: write e.g. 1000, 1,280.50 or ¥800.</source>
        <translation>“{value}” is not an amount of money: write e.g. 1000, 1,280.50 or ¥800.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen): {value} has more.</source>
        <translation>An amount has at most two decimals (fen): {value} has more.</translation>
    </message>
    <message>
        <source>An opening stored value is at most ¥1,000,000.</source>
        <translation>An opening stored value is at most ¥1,000,000.</translation>
    </message>
    <message>
        <source>“{value}” is not a number of sessions: write a whole number, e.g. 10.</source>
        <translation>“{value}” is not a number of sessions: write a whole number, e.g. 10.</translation>
    </message>
    <message>
        <source>Sessions are whole numbers: {value} has a fraction.</source>
        <translation>Sessions are whole numbers: {value} has a fraction.</translation>
    </message>
    <message>
        <source>Give the day the package card expires, e.g. 2027-06-30.</source>
        <translation>Give the day the package card expires, e.g. 2027-06-30.</translation>
    </message>
    <message>
        <source>This customer already has stored value ({balance}): top up or refund on her card instead.</source>
        <translation>This customer already has stored value ({balance}): top up or refund on her card instead.</translation>
    </message>
    <message>
        <source>This customer already has the package card {card} ({left} of {sessions} sessions left): sell a card or use sessions on her card instead.</source>
        <translation>This customer already has the package card {card} ({left} of {sessions} sessions left): sell a card or use sessions on her card instead.</translation>
    </message>
    <message>
        <source>Give the answer a short title.</source>
        <translation>Give the answer a short title.</translation>
    </message>
    <message>
        <source>Write the answer; it cannot be empty.</source>
        <translation>Write the answer; it cannot be empty.</translation>
    </message>
    <message>
        <source>Write a placeholder plainly, like {{name}}, with nothing after its name.</source>
        <translation>Write a placeholder plainly, like {{name}}, with nothing after its name.</translation>
    </message>
    <message>
        <source>This standard answer no longer exists.</source>
        <translation>This standard answer no longer exists.</translation>
    </message>
    <message>
        <source>Cannot export {kind}: choose customers, visits, points, complaints or all.</source>
        <translation>Cannot export {kind}: choose customers, visits, points, complaints or all.</translation>
    </message>
    <message>
        <source>Complaint #{id}: the times of its resolution, follow-up and closing do not fit its status.</source>
        <translation>Complaint #{id}: the times of its resolution, follow-up and closing do not fit its status.</translation>
    </message>
    <message>
        <source>Complaint #{id}: the last step of its timeline does not lead to its status.</source>
        <translation>Complaint #{id}: the last step of its timeline does not lead to its status.</translation>
    </message>
    <message>
        <source>Complaint #{id}: its apology points (points entry #{entry}) are not an apology entry of this complaint and customer still in force.</source>
        <translation>Complaint #{id}: its apology points (points entry #{entry}) are not an apology entry of this complaint and customer still in force.</translation>
    </message>
    <message>
        <source>Member {member_no}: points entry #{entry} gives apology points for complaint #{complaint}, but the complaint does not show them as given.</source>
        <translation>Member {member_no}: points entry #{entry} gives apology points for complaint #{complaint}, but the complaint does not show them as given.</translation>
    </message>
    <message>
        <source>Choose at least one customer to evaluate.</source>
        <translation>Choose at least one customer to evaluate.</translation>
    </message>
    <message>
        <source>The personal data of member {member_no} was erased: she cannot be evaluated.</source>
        <translation>The personal data of member {member_no} was erased: she cannot be evaluated.</translation>
    </message>
    <message>
        <source>This evaluation no longer exists.</source>
        <translation>This evaluation no longer exists.</translation>
    </message>
    <message>
        <source>The note is too long (at most {max} characters).</source>
        <translation>The note is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>The weights of the indicators in use add up to {total}; they must add up to exactly 100.</source>
        <translation>The weights of the indicators in use add up to {total}; they must add up to exactly 100.</translation>
    </message>
    <message>
        <source>A weight is a whole number from 1 to 100. Untick an indicator to leave it out.</source>
        <translation>A weight is a whole number from 1 to 100. Untick an indicator to leave it out.</translation>
    </message>
    <message>
        <source>Tick at least one indicator.</source>
        <translation>Tick at least one indicator.</translation>
    </message>
    <message>
        <source>The period is 1 to 120 months.</source>
        <translation>The period is 1 to 120 months.</translation>
    </message>
    <message>
        <source>The spending for full marks is ¥1 to ¥10,000,000.</source>
        <translation>The spending for full marks is ¥1 to ¥10,000,000.</translation>
    </message>
    <message>
        <source>The visits for full marks are 1 to 1,000.</source>
        <translation>The visits for full marks are 1 to 1,000.</translation>
    </message>
    <message>
        <source>Full marks for the last visit go to 0 to 3,650 days since it.</source>
        <translation>Full marks for the last visit go to 0 to 3,650 days since it.</translation>
    </message>
    <message>
        <source>No marks for the last visit start after more days than full marks end, and at most 3,650 days.</source>
        <translation>No marks for the last visit start after more days than full marks end, and at most 3,650 days.</translation>
    </message>
    <message>
        <source>The years as a customer for full marks are 1 to 50.</source>
        <translation>The years as a customer for full marks are 1 to 50.</translation>
    </message>
    <message>
        <source>The referrals for full marks are 1 to 1,000.</source>
        <translation>The referrals for full marks are 1 to 1,000.</translation>
    </message>
    <message>
        <source>Each complaint takes off 1 to 100 points.</source>
        <translation>Each complaint takes off 1 to 100 points.</translation>
    </message>
    <message>
        <source>The satisfaction score without a follow-up is 0 to 100.</source>
        <translation>The satisfaction score without a follow-up is 0 to 100.</translation>
    </message>
    <message>
        <source>The grades go down: A from at most 100, above B, above C, above 0 (now A {a}, B {b}, C {c}).</source>
        <translation>The grades go down: A from at most 100, above B, above C, above 0 (now A {a}, B {b}, C {c}).</translation>
    </message>
    <message>
        <source>The period's first day ({start}) is after its last day ({end}): change one of the two dates.</source>
        <translation>The period's first day ({start}) is after its last day ({end}): change one of the two dates.</translation>
    </message>
    <message>
        <source>The period begins on {start}, after today ({today}): nothing to show yet.</source>
        <translation>The period begins on {start}, after today ({today}): nothing to show yet.</translation>
    </message>
    <message>
        <source>The category of {item} is too long: at most {limit} characters.</source>
        <translation>The category of {item} is too long: at most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <source>%n birthday(s)</source>
        <translation><numerusform>%n birthday</numerusform><numerusform>%n birthdays</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n anniversary(-ies)</source>
        <translation><numerusform>%n anniversary(-ies)</numerusform><numerusform>%n anniversary(-ies)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in the family</source>
        <translation><numerusform>%n in the family</numerusform><numerusform>%n in the family</numerusform></translation>
    </message>
    <message>
        <source>{name} (anniversary)</source>
        <translation>{name} (anniversary)</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>{name} (lunar)</source>
        <translation>{name} (lunar)</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
</context>
<context>
    <name>OccasionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Greeted</source>
        <translation>Greeted</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Greeting sent {time}</source>
        <translation>Greeting sent {time}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Follow-up call — complaint no. {id}</source>
        <translation>Follow-up call — complaint no. {id}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>What she said: is she satisfied again?</source>
        <translation>What she said: is she satisfied again?</translation>
    </message>
    <message>
        <source>If she is still unhappy, reopen the complaint after saving.</source>
        <translation>If she is still unhappy, reopen the complaint after saving.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>What she said</translation>
    </message>
</context>
<context>
    <name>PackagesDialog</name>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>The package cards the shop sells: so many sessions of a service, for a price, valid so many days from the sale. A package no longer sold is switched off, never deleted: cards sold keep their name and sessions.</source>
        <translation>The package cards the shop sells: so many sessions of a service, for a price, valid so many days from the sale. A package no longer sold is switched off, never deleted: cards sold keep their name and sessions.</translation>
    </message>
    <message>
        <source>Add package…</source>
        <translation>Add package…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>This file is not a picture.</source>
        <translation>This file is not a picture.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>PickCustomerDialog</name>
    <message>
        <source>Evaluate a customer</source>
        <translation>Evaluate a customer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Redemption</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Apology</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Discount voucher</source>
        <translation>Discount voucher</translation>
    </message>
    <message>
        <source>Visit of {date}, {amount}</source>
        <translation>Visit of {date}, {amount}</translation>
    </message>
    <message>
        <source>Visit no. {id}</source>
        <translation>Visit no. {id}</translation>
    </message>
    <message>
        <source>Reversal of no. {id}</source>
        <translation>Reversal of no. {id}</translation>
    </message>
    <message>
        <source>Brought member {member_no}</source>
        <translation>Brought member {member_no}</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>Points past their date</source>
        <translation>Points past their date</translation>
    </message>
    <message>
        <source>With a complaint's resolution</source>
        <translation>With a complaint's resolution</translation>
    </message>
    <message>
        <source>Reversed by no. {id}</source>
        <translation>Reversed by no. {id}</translation>
    </message>
    <message>
        <source>Good until {date}</source>
        <translation>Good until {date}</translation>
    </message>
    <message>
        <source>{amount} off</source>
        <translation>{amount} off</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <source>Needs {points} more points</source>
        <translation>Needs {points} more points</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Not offered</translation>
    </message>
    <message>
        <source>Points statement</source>
        <translation>Points statement</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reversed by no.</source>
        <translation>Reversed by no.</translation>
    </message>
    <message>
        <source>Good until</source>
        <translation>Good until</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PointsActions</name>
    <message>
        <source>Reverse entry no. {id} ({kind}, {points} points, {date})?

A new entry of {opposite} points undoes it; both stay on the statement.</source>
        <translation>Reverse entry no. {id} ({kind}, {points} points, {date})?

A new entry of {opposite} points undoes it; both stay on the statement.</translation>
    </message>
    <message>
        <source>The visit itself stays on her card; to take back the whole purchase, use “Void this purchase…” in the Visits tab.</source>
        <translation>The visit itself stays on her card; to take back the whole purchase, use “Void this purchase…” in the Visits tab.</translation>
    </message>
    <message>
        <source>Reverse a points entry</source>
        <translation>Reverse a points entry</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Void the purchase of {date} ({amount})?

It stays on her card, marked as voided, and leaves her totals.</source>
        <translation>Void the purchase of {date} ({amount})?

It stays on her card, marked as voided, and leaves her totals.</translation>
    </message>
    <message>
        <source>The {points} points it earned are taken back by a reversal.</source>
        <translation>The {points} points it earned are taken back by a reversal.</translation>
    </message>
    <message>
        <source>Void a purchase</source>
        <translation>Void a purchase</translation>
    </message>
    <message>
        <source>Void the purchase</source>
        <translation>Void the purchase</translation>
    </message>
    <message>
        <source>points statement</source>
        <translation>points statement</translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation>Save the statement as PDF</translation>
    </message>
    <message>
        <source>Cannot write the file: {reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
    <message>
        <source>Export the statement to Excel</source>
        <translation>Export the statement to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Run expiry now</source>
        <translation>Run expiry now</translation>
    </message>
    <message>
        <source>Post the expiry of points past their last day (also done at every start)</source>
        <translation>Post the expiry of points past their last day (also done at every start)</translation>
    </message>
    <message>
        <source>Points rule…</source>
        <translation>Points rule…</translation>
    </message>
    <message>
        <source>Rewards…</source>
        <translation>Rewards…</translation>
    </message>
    <message>
        <source>Posted from</source>
        <translation>Posted from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Daily totals</source>
        <translation>Daily totals</translation>
    </message>
    <message>
        <source>Expiring in 30 days</source>
        <translation>Expiring in 30 days</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s), newest first</source>
        <translation><numerusform>%Ln entry, newest first</numerusform><numerusform>%Ln entrys, newest first</numerusform></translation>
    </message>
    <message>
        <source>Whole period, all kinds and operators: earned {earned} · redeemed {redeemed} · expired {expired} · adjusted {adjusted} · net change {net}</source>
        <translation>Whole period, all kinds and operators: earned {earned} · redeemed {redeemed} · expired {expired} · adjusted {adjusted} · net change {net}</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>All operators</translation>
    </message>
    <message>
        <source>Finding points that expire soon…</source>
        <translation>Finding points that expire soon…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have points that run out in the next 30 days; remind them to come back. Double-click to open a card.</source>
        <translation><numerusform>%n customer have points that run out in the next 30 days; remind them to come back. Double-click to open a card.</numerusform><numerusform>%n customers have points that run out in the next 30 days; remind them to come back. Double-click to open a card.</numerusform></translation>
    </message>
    <message>
        <source>Expiring points…</source>
        <translation>Expiring points…</translation>
    </message>
    <message numerus="yes">
        <source>%n expiry entry(s) posted.</source>
        <translation><numerusform>%n expiry entry posted.</numerusform><numerusform>%n expiry entrys posted.</numerusform></translation>
    </message>
    <message>
        <source>No points have run out: nothing was posted.</source>
        <translation>No points have run out: nothing was posted.</translation>
    </message>
</context>
<context>
    <name>Prepaid</name>
    <message>
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Package bought</source>
        <translation>Package bought</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Opening stored value</source>
        <translation>Opening stored value</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>Session used</source>
        <translation>Session used</translation>
    </message>
    <message>
        <source>Session returned</source>
        <translation>Session returned</translation>
    </message>
    <message>
        <source>Used before (opening)</source>
        <translation>Used before (opening)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <source>{total} (incl. bonus {bonus})</source>
        <translation>{total} (incl. bonus {bonus})</translation>
    </message>
    <message>
        <source>Principal {principal} · bonus {bonus}</source>
        <translation>Principal {principal} · bonus {bonus}</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>used up</translation>
    </message>
    <message>
        <source>{card} ({reason})</source>
        <translation>{card} ({reason})</translation>
    </message>
</context>
<context>
    <name>PrepaidActions</name>
    <message>
        <source>Refund {name}'s stored value?

Pay her back the principal left: {principal}. The bonus of {bonus} lapses. Her stored value is then ¥0.00; every entry stays on her statement.</source>
        <translation>Refund {name}'s stored value?

Pay her back the principal left: {principal}. The bonus of {bonus} lapses. Her stored value is then ¥0.00; every entry stays on her statement.</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>Refund {amount}</translation>
    </message>
    <message>
        <source>Refund stored value</source>
        <translation>Refund stored value</translation>
    </message>
    <message>
        <source>Reverse entry no. {id} ({kind}, {amount}, {date})?

A new entry of {opposite} undoes it; both stay on the statement.</source>
        <translation>Reverse entry no. {id} ({kind}, {amount}, {date})?

A new entry of {opposite} undoes it; both stay on the statement.</translation>
    </message>
    <message>
        <source>Reverse a stored-value entry</source>
        <translation>Reverse a stored-value entry</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Return the session of {card} used on {date}?

The card gets it back ({left} left after); both entries stay on the card's history.</source>
        <translation>Return the session of {card} used on {date}?

The card gets it back ({left} left after); both entries stay on the card's history.</translation>
    </message>
    <message>
        <source>Return a session</source>
        <translation>Return a session</translation>
    </message>
    <message>
        <source>Return the session</source>
        <translation>Return the session</translation>
    </message>
    <message>
        <source>It was not paid from her stored value: {reason} Take the payment another way.</source>
        <translation>It was not paid from her stored value: {reason} Take the payment another way.</translation>
    </message>
    <message>
        <source>No session was used: {reason} You can use one later with “Use a session…” in the Prepaid tab.</source>
        <translation>No session was used: {reason} You can use one later with “Use a session…” in the Prepaid tab.</translation>
    </message>
    <message>
        <source>The visit is recorded.</source>
        <translation>The visit is recorded.</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Record a visit</translation>
    </message>
</context>
<context>
    <name>PrepaidOnCard</name>
    <message>
        <source>Top up…</source>
        <translation>Top up…</translation>
    </message>
    <message>
        <source>Money paid in, with the bonus of the top-up rule</source>
        <translation>Money paid in, with the bonus of the top-up rule</translation>
    </message>
    <message>
        <source>Top up stored value…</source>
        <translation>Top up stored value…</translation>
    </message>
    <message>
        <source>Refund stored value…</source>
        <translation>Refund stored value…</translation>
    </message>
    <message>
        <source>Sell a package card…</source>
        <translation>Sell a package card…</translation>
    </message>
    <message>
        <source>Use a package session…</source>
        <translation>Use a package session…</translation>
    </message>
    <message numerus="yes">
        <source>%n more card(s) in the Prepaid tab</source>
        <translation><numerusform>%n more card in the Prepaid tab</numerusform><numerusform>%n more cards in the Prepaid tab</numerusform></translation>
    </message>
</context>
<context>
    <name>PrepaidTab</name>
    <message>
        <source>Stored value</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <source>Package cards</source>
        <translation>Package cards</translation>
    </message>
    <message>
        <source>Top up…</source>
        <translation>Top up…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <source>Reverse this stored-value entry…</source>
        <translation>Reverse this stored-value entry…</translation>
    </message>
    <message>
        <source>Sell package…</source>
        <translation>Sell package…</translation>
    </message>
    <message>
        <source>Use a session…</source>
        <translation>Use a session…</translation>
    </message>
    <message>
        <source>Return this session…</source>
        <translation>Return this session…</translation>
    </message>
    <message>
        <source>Print prepaid statement…</source>
        <translation>Print prepaid statement…</translation>
    </message>
    <message>
        <source>Undo the chosen entry by a new one that names it; both stay listed.</source>
        <translation>Undo the chosen entry by a new one that names it; both stay listed.</translation>
    </message>
    <message>
        <source>Give back the chosen session (used by mistake); both stay listed.</source>
        <translation>Give back the chosen session (used by mistake); both stay listed.</translation>
    </message>
</context>
<context>
    <name>PrepaidWords</name>
    <message numerus="yes">
        <source>%n session(s) left, expired on {date}</source>
        <translation><numerusform>%n session left, expired on {date}</numerusform><numerusform>%n sessions left, expired on {date}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left, expires {date}</source>
        <translation><numerusform>%n session left, expires {date}</numerusform><numerusform>%n sessions left, expires {date}</numerusform></translation>
    </message>
    <message>
        <source>{card}: {left}</source>
        <translation>{card}: {left}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <source>Print evaluations</source>
        <translation>Print evaluations</translation>
    </message>
    <message>
        <source>A form for each evaluation, a page each, to sign</source>
        <translation>A form for each evaluation, a page each, to sign</translation>
    </message>
    <message>
        <source>One table of all of them</source>
        <translation>One table of all of them</translation>
    </message>
    <message>
        <source>Evaluations: {count}</source>
        <translation>Evaluations: {count}</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Print cards</source>
        <translation>Print cards</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>There are no customers to print.</source>
        <translation>There are no customers to print.</translation>
    </message>
    <message>
        <source>A5, one card a sheet</source>
        <translation>A5, one card a sheet</translation>
    </message>
    <message>
        <source>A6, one card a sheet</source>
        <translation>A6, one card a sheet</translation>
    </message>
    <message>
        <source>A4, two cards a sheet</source>
        <translation>A4, two cards a sheet</translation>
    </message>
    <message>
        <source>Card stock 85.6 × 54 mm, one card a page</source>
        <translation>Card stock 85.6 × 54 mm, one card a page</translation>
    </message>
    <message>
        <source>A4, ten cards a sheet with cut marks</source>
        <translation>A4, ten cards a sheet with cut marks</translation>
    </message>
    <message>
        <source>Relationship card</source>
        <translation>Relationship card</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>Member card</translation>
    </message>
    <message>
        <source>None of these customers has a card to print.</source>
        <translation>None of these customers has a card to print.</translation>
    </message>
    <message>
        <source>This paper does not suit this card.</source>
        <translation>This paper does not suit this card.</translation>
    </message>
    <message>
        <source>The printer or file cannot be used.</source>
        <translation>The printer or file cannot be used.</translation>
    </message>
    <message>
        <source>Preparing the cards…</source>
        <translation>Preparing the cards…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Save the cards as PDF</source>
        <translation>Save the cards as PDF</translation>
    </message>
    <message>
        <source>Cannot write the file: {reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>Print cards</translation>
    </message>
    <message>
        <source>Choose the customers to print first.</source>
        <translation>Choose the customers to print first.</translation>
    </message>
    <message>
        <source>Customer relationship card</source>
        <translation>Customer relationship card</translation>
    </message>
    <message>
        <source>Member no. {member_no}</source>
        <translation>Member no. {member_no}</translation>
    </message>
    <message>
        <source>Points {points}</source>
        <translation>Points {points}</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>Recent visits</translation>
    </message>
    <message>
        <source>Visits: {count} · {amount} in all</source>
        <translation>Visits: {count} · {amount} in all</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Next follow-up: {date}</source>
        <translation>Next follow-up: {date}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>written by hand: follow-ups, wishes, what to remember</source>
        <translation>written by hand: follow-ups, wishes, what to remember</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>{total} (principal {principal} + bonus {bonus})</source>
        <translation>{total} (principal {principal} + bonus {bonus})</translation>
    </message>
    <message>
        <source>Package cards</source>
        <translation>Package cards</translation>
    </message>
    <message>
        <source>{card} · {left} left · until {date}</source>
        <translation>{card} · {left} left · until {date}</translation>
    </message>
    <message>
        <source>{card} · {left} left · expired on {date}</source>
        <translation>{card} · {left} left · expired on {date}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more card(s)</source>
        <translation><numerusform>and %n more card</numerusform><numerusform>and %n more cards</numerusform></translation>
    </message>
    <message>
        <source>None recorded: ask before treating</source>
        <translation>None recorded: ask before treating</translation>
    </message>
    <message>
        <source>Points statement</source>
        <translation>Points statement</translation>
    </message>
    <message>
        <source>Entries from {start} to {end}</source>
        <translation>Entries from {start} to {end}</translation>
    </message>
    <message>
        <source>No points entries yet.</source>
        <translation>No points entries yet.</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>Printed {when}</translation>
    </message>
    <message>
        <source>Balance: {points} points</source>
        <translation>Balance: {points} points</translation>
    </message>
    <message>
        <source>Balance on {date}: {points} points</source>
        <translation>Balance on {date}: {points} points</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>{name} · member no. {member_no} (continued)</source>
        <translation>{name} · member no. {member_no} (continued)</translation>
    </message>
    <message>
        <source>reversed by no. {id}</source>
        <translation>reversed by no. {id}</translation>
    </message>
    <message>
        <source>Stored value and package cards</source>
        <translation>Stored value and package cards</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <source>Balance {total} (principal {principal} + bonus {bonus})</source>
        <translation>Balance {total} (principal {principal} + bonus {bonus})</translation>
    </message>
    <message>
        <source>No stored-value entries yet.</source>
        <translation>No stored-value entries yet.</translation>
    </message>
    <message>
        <source>No package cards.</source>
        <translation>No package cards.</translation>
    </message>
    <message>
        <source>No sessions used yet.</source>
        <translation>No sessions used yet.</translation>
    </message>
    <message>
        <source>{card} · {service}</source>
        <translation>{card} · {service}</translation>
    </message>
    <message>
        <source>{left} of {sessions} left · until {date}</source>
        <translation>{left} of {sessions} left · until {date}</translation>
    </message>
    <message>
        <source>{left} of {sessions} left · expired on {date}</source>
        <translation>{left} of {sessions} left · expired on {date}</translation>
    </message>
    <message>
        <source>Sold {date} · {price} · paid with {paid_with}</source>
        <translation>Sold {date} · {price} · paid with {paid_with}</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>Opened {date}</translation>
    </message>
    <message>
        <source>Visit of {date}</source>
        <translation>Visit of {date}</translation>
    </message>
    <message>
        <source>Reversal of no. {id}</source>
        <translation>Reversal of no. {id}</translation>
    </message>
    <message>
        <source>Return of no. {id}</source>
        <translation>Return of no. {id}</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Card bought</source>
        <translation>Card bought</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Used before</source>
        <translation>Used before</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>stored value</source>
        <translation>stored value</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Principal after</source>
        <translation>Principal after</translation>
    </message>
    <message>
        <source>Bonus after</source>
        <translation>Bonus after</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Used after</source>
        <translation>Used after</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>New package</source>
        <translation>New package</translation>
    </message>
    <message>
        <source>Edit package</source>
        <translation>Edit package</translation>
    </message>
    <message>
        <source>e.g. Facial 10-session card</source>
        <translation>e.g. Facial 10-session card</translation>
    </message>
    <message>
        <source>The visit item it pays for, e.g. Facial</source>
        <translation>The visit item it pays for, e.g. Facial</translation>
    </message>
    <message>
        <source>e.g. 2980</source>
        <translation>e.g. 2980</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Sold at the counter</source>
        <translation>Sold at the counter</translation>
    </message>
    <message>
        <source>Package name</source>
        <translation>Package name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Price (¥)</source>
        <translation>Price (¥)</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>No longer sold</source>
        <translation>No longer sold</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>Please give the reason.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Complaint no. {id}</source>
        <translation>Complaint no. {id}</translation>
    </message>
    <message>
        <source>Record a complaint</source>
        <translation>Record a complaint</translation>
    </message>
    <message>
        <source>What happened, in her words: what, when, who served her, what she wants</source>
        <translation>What happened, in her words: what, when, who served her, what she wants</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>Answer promised by</translation>
    </message>
    <message>
        <source>Set by hand.</source>
        <translation>Set by hand.</translation>
    </message>
    <message>
        <source>Same day for this severity (see Settings).</source>
        <translation>Same day for this severity (see Settings).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) for this severity (see Settings).</source>
        <translation><numerusform>%n day for this severity (see Settings).</numerusform><numerusform>%n days for this severity (see Settings).</numerusform></translation>
    </message>
    <message>
        <source>Choose the customer, or tick “No card”.</source>
        <translation>Choose the customer, or tick “No card”.</translation>
    </message>
    <message>
        <source>Discard this complaint?</source>
        <translation>Discard this complaint?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation>What you typed has not been saved. Close and lose it?</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeem points — {name}</source>
        <translation>Redeem points — {name}</translation>
    </message>
    <message>
        <source>No rewards are offered yet: add them with “Manage rewards…”.</source>
        <translation>No rewards are offered yet: add them with “Manage rewards…”.</translation>
    </message>
    <message>
        <source>Note (optional), e.g. the colour she chose</source>
        <translation>Note (optional), e.g. the colour she chose</translation>
    </message>
    <message>
        <source>Double-click a reward to redeem it.</source>
        <translation>Double-click a reward to redeem it.</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Redeem</translation>
    </message>
    <message>
        <source>Manage rewards…</source>
        <translation>Manage rewards…</translation>
    </message>
    <message>
        <source>{name} has {points} points</source>
        <translation>{name} has {points} points</translation>
    </message>
    <message>
        <source>Redeem points</source>
        <translation>Redeem points</translation>
    </message>
</context>
<context>
    <name>Regrading</name>
    <message>
        <source>Grading the customers…</source>
        <translation>Grading the customers…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) graded.</source>
        <translation><numerusform>%n customer graded.</numerusform><numerusform>%n customers graded.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve complaint no. {id}</source>
        <translation>Resolve complaint no. {id}</translation>
    </message>
    <message>
        <source>What was done for her</source>
        <translation>What was done for her</translation>
    </message>
    <message>
        <source>What she was told (her reply)</source>
        <translation>What she was told (her reply)</translation>
    </message>
    <message>
        <source>Insert a standard answer…</source>
        <translation>Insert a standard answer…</translation>
    </message>
    <message>
        <source>e.g. a free hair treatment</source>
        <translation>e.g. a free hair treatment</translation>
    </message>
    <message>
        <source>Points can only be given to a customer with a card.</source>
        <translation>Points can only be given to a customer with a card.</translation>
    </message>
    <message>
        <source>Why it happened</source>
        <translation>Why it happened</translation>
    </message>
    <message>
        <source>What the shop changes so it does not happen again</source>
        <translation>What the shop changes so it does not happen again</translation>
    </message>
    <message>
        <source>Compensation (any, or none)</source>
        <translation>Compensation (any, or none)</translation>
    </message>
    <message>
        <source>Free service</source>
        <translation>Free service</translation>
    </message>
    <message>
        <source>Refund (¥)</source>
        <translation>Refund (¥)</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Apology points</source>
        <translation>Apology points</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <source>Call her back on</source>
        <translation>Call her back on</translation>
    </message>
    <message>
        <source>The refund is an amount such as 50 or 128.50.</source>
        <translation>The refund is an amount such as 50 or 128.50.</translation>
    </message>
</context>
<context>
    <name>RewardEditor</name>
    <message>
        <source>New reward</source>
        <translation>New reward</translation>
    </message>
    <message>
        <source>Edit reward</source>
        <translation>Edit reward</translation>
    </message>
    <message>
        <source>e.g. Hand cream 50 ml</source>
        <translation>e.g. Hand cream 50 ml</translation>
    </message>
    <message>
        <source>Worth in ¥, e.g. 50</source>
        <translation>Worth in ¥, e.g. 50</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>Offered at the counter</source>
        <translation>Offered at the counter</translation>
    </message>
    <message>
        <source>Reward name</source>
        <translation>Reward name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Discount value</source>
        <translation>Discount value</translation>
    </message>
    <message>
        <source>Points price</source>
        <translation>Points price</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
</context>
<context>
    <name>RewardsDialog</name>
    <message>
        <source>Rewards</source>
        <translation>Rewards</translation>
    </message>
    <message>
        <source>What customers can redeem their points for. A reward no longer given is switched off, never deleted: past redemptions keep its name.</source>
        <translation>What customers can redeem their points for. A reward no longer given is switched off, never deleted: past redemptions keep its name.</translation>
    </message>
    <message>
        <source>Add reward…</source>
        <translation>Add reward…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Points rule</source>
        <translation>Points rule</translation>
    </message>
    <message>
        <source>Click a version to start from its values</source>
        <translation>Click a version to start from its values</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>Never expire</translation>
    </message>
    <message>
        <source>Expire after</source>
        <translation>Expire after</translation>
    </message>
    <message>
        <source>Expire at the end of the next year</source>
        <translation>Expire at the end of the next year</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>One item name a line, e.g. 洗发水</source>
        <translation>One item name a line, e.g. 洗发水</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>spent earns 1 point (rounded down)</source>
        <translation>spent earns 1 point (rounded down)</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>Earning</translation>
    </message>
    <message>
        <source>Points by grade</source>
        <translation>Points by grade</translation>
    </message>
    <message>
        <source>of the usual points</source>
        <translation>of the usual points</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Birthday month</translation>
    </message>
    <message>
        <source>to the referrer, at the new customer's first purchase</source>
        <translation>to the referrer, at the new customer's first purchase</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>Referral bonus</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Items that earn no points</source>
        <translation>Items that earn no points</translation>
    </message>
    <message>
        <source>Points already earned keep the rule and the expiry date they were earned with.</source>
        <translation>Points already earned keep the rule and the expiry date they were earned with.</translation>
    </message>
    <message>
        <source>The rule and its versions</source>
        <translation>The rule and its versions</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message>
        <source>End of the next year</source>
        <translation>End of the next year</translation>
    </message>
    <message>
        <source>¥ a point</source>
        <translation>¥ a point</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Program default</source>
        <translation>Program default</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Not yet in force</translation>
    </message>
    <message>
        <source>Items that earn no points:</source>
        <translation>Items that earn no points:</translation>
    </message>
    <message>
        <source>Enter an amount such as 1 or 0.50.</source>
        <translation>Enter an amount such as 1 or 0.50.</translation>
    </message>
    <message>
        <source>Replaces the version of that day, not yet in force.</source>
        <translation>Replaces the version of that day, not yet in force.</translation>
    </message>
    <message numerus="yes">
        <source>A ¥368 purchase by a VIP in her birthday month earns %Ln point(s).</source>
        <translation><numerusform>A ¥368 purchase by a VIP in her birthday month earns %Ln point.</numerusform><numerusform>A ¥368 purchase by a VIP in her birthday month earns %Ln points.</numerusform></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Dormant customers and grading</source>
        <translation>Dormant customers and grading</translation>
    </message>
    <message>
        <source>Late after her usual gap times</source>
        <translation>Late after her usual gap times</translation>
    </message>
    <message>
        <source>Never late sooner than</source>
        <translation>Never late sooner than</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Visits needed for her own rhythm</source>
        <translation>Visits needed for her own rhythm</translation>
    </message>
    <message>
        <source>With fewer visits: late after</source>
        <translation>With fewer visits: late after</translation>
    </message>
    <message>
        <source>Worth a call to wake her for</source>
        <translation>Worth a call to wake her for</translation>
    </message>
    <message>
        <source>Grade over the last</source>
        <translation>Grade over the last</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Example: she comes every 20 days; at 200 % she is late after 40 days away. Saving grades every customer again.</source>
        <translation>Example: she comes every 20 days; at 200 % she is late after 40 days away. Saving grades every customer again.</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <source>Evaluation scheme</source>
        <translation>Evaluation scheme</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Default values</source>
        <translation>Default values</translation>
    </message>
    <message>
        <source>full marks at ¥</source>
        <translation>full marks at ¥</translation>
    </message>
    <message>
        <source>or more in the period</source>
        <translation>or more in the period</translation>
    </message>
    <message>
        <source>full marks at</source>
        <translation>full marks at</translation>
    </message>
    <message>
        <source>visits or more in the period</source>
        <translation>visits or more in the period</translation>
    </message>
    <message>
        <source>full marks within</source>
        <translation>full marks within</translation>
    </message>
    <message>
        <source>days, none from</source>
        <translation>days, none from</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>years or more</source>
        <translation>years or more</translation>
    </message>
    <message>
        <source>customers referred or more</source>
        <translation>customers referred or more</translation>
    </message>
    <message>
        <source>100 without complaints,</source>
        <translation>100 without complaints,</translation>
    </message>
    <message>
        <source>points off for each</source>
        <translation>points off for each</translation>
    </message>
    <message>
        <source>average 1–5: 1 → 0, 5 → 100; no follow-up:</source>
        <translation>average 1–5: 1 → 0, 5 → 100; no follow-up:</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>How it scores (0–100)</source>
        <translation>How it scores (0–100)</translation>
    </message>
    <message>
        <source>Indicators and weights</source>
        <translation>Indicators and weights</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Total from</source>
        <translation>Total from</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>below C</source>
        <translation>below C</translation>
    </message>
    <message>
        <source>Period, grades and recommendations</source>
        <translation>Period, grades and recommendations</translation>
    </message>
    <message>
        <source>Evaluations already kept keep the weights and scores they were made with.</source>
        <translation>Evaluations already kept keep the weights and scores they were made with.</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>Total {total}</translation>
    </message>
    <message>
        <source>Enter an amount such as 5000.</source>
        <translation>Enter an amount such as 5000.</translation>
    </message>
</context>
<context>
    <name>SellDialog</name>
    <message>
        <source>Sell a package card — {name}</source>
        <translation>Sell a package card — {name}</translation>
    </message>
    <message>
        <source>No packages are sold yet: add them with “Manage packages…”.</source>
        <translation>No packages are sold yet: add them with “Manage packages…”.</translation>
    </message>
    <message>
        <source>Paid in cash (or card, WeChat, Alipay)</source>
        <translation>Paid in cash (or card, WeChat, Alipay)</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Manage packages…</source>
        <translation>Manage packages…</translation>
    </message>
    <message>
        <source>From her stored value (balance {balance})</source>
        <translation>From her stored value (balance {balance})</translation>
    </message>
    <message>
        <source>{package}: {sessions} of {service}, valid until {date} — {price}</source>
        <translation>{package}: {sessions} of {service}, valid until {date} — {price}</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Left after</source>
        <translation>Left after</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Recorded with every change</source>
        <translation>Recorded with every change</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Print mobiles as 138****5678</source>
        <translation>Print mobiles as 138****5678</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Answer an urgent complaint within</source>
        <translation>Answer an urgent complaint within</translation>
    </message>
    <message>
        <source>Answer a serious complaint within</source>
        <translation>Answer a serious complaint within</translation>
    </message>
    <message>
        <source>Answer a normal complaint within</source>
        <translation>Answer a normal complaint within</translation>
    </message>
    <message>
        <source>Follow-up call after resolving</source>
        <translation>Follow-up call after resolving</translation>
    </message>
    <message>
        <source>A new language applies after the program is restarted.</source>
        <translation>A new language applies after the program is restarted.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Logo for printed cards</source>
        <translation>Logo for printed cards</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>the same day</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> day(s)</translation>
    </message>
</context>
<context>
    <name>ShopDateEditor</name>
    <message>
        <source>Edit a shop date</source>
        <translation>Edit a shop date</translation>
    </message>
    <message>
        <source>Add a shop date</source>
        <translation>Add a shop date</translation>
    </message>
    <message>
        <source>e.g. Shop anniversary, Members' day</source>
        <translation>e.g. Shop anniversary, Members' day</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>Official days off and adjusted working days change every year: enter each day of the published arrangement once.</source>
        <translation>Official days off and adjusted working days change every year: enter each day of the published arrangement once.</translation>
    </message>
    <message>
        <source>Name of the day</source>
        <translation>Name of the day</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>ShopDatesDialog</name>
    <message>
        <source>Shop dates</source>
        <translation>Shop dates</translation>
    </message>
    <message>
        <source>No shop dates yet. Add the shop's anniversary or a members' day.</source>
        <translation>No shop dates yet. Add the shop's anniversary or a members' day.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The official holidays of {year} are not in this version of the program, so the calendar shows them as estimated. Once the State Council publishes them, add its days off and adjusted working days here, one date each.</source>
        <translation>The official holidays of {year} are not in this version of the program, so the calendar shows them as estimated. Once the State Council publishes them, add its days off and adjusted working days here, one date each.</translation>
    </message>
    <message>
        <source>Remove a shop date</source>
        <translation>Remove a shop date</translation>
    </message>
    <message>
        <source>Remove “{name}” ({date}) from the calendar?</source>
        <translation>Remove “{name}” ({date}) from the calendar?</translation>
    </message>
</context>
<context>
    <name>ShopDatesModel</name>
    <message>
        <source>Name of the day</source>
        <translation>Name of the day</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Once</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>Adjust points…</source>
        <translation>Adjust points…</translation>
    </message>
    <message>
        <source>Reverse this entry…</source>
        <translation>Reverse this entry…</translation>
    </message>
    <message>
        <source>Undo a wrong entry by a new one that names it; the wrong one stays listed.</source>
        <translation>Undo a wrong entry by a new one that names it; the wrong one stays listed.</translation>
    </message>
    <message>
        <source>Print statement</source>
        <translation>Print statement</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
</context>
<context>
    <name>StructureChart</name>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>Returning customers</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <source>By RFM grade</source>
        <translation>By RFM grade</translation>
    </message>
    <message>
        <source>By ABC class</source>
        <translation>By ABC class</translation>
    </message>
    <message>
        <source>By membership level</source>
        <translation>By membership level</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>By item</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>By district</translation>
    </message>
    <message>
        <source>New and returning customers</source>
        <translation>New and returning customers</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Repeat purchases</translation>
    </message>
    <message>
        <source>RFM grade</source>
        <translation>RFM grade</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC class</translation>
    </message>
    <message>
        <source>Membership level</source>
        <translation>Membership level</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Visits in the period</source>
        <translation>Visits in the period</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>Not graded yet</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Uncategorised</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Unnamed</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Not in the items</source>
        <translation>Not in the items</translation>
    </message>
    <message>
        <source>Class {name}</source>
        <translation>Class {name}</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 visit</translation>
    </message>
    <message>
        <source>2 visits</source>
        <translation>2 visits</translation>
    </message>
    <message>
        <source>3 visits</source>
        <translation>3 visits</translation>
    </message>
    <message>
        <source>4 visits</source>
        <translation>4 visits</translation>
    </message>
    <message>
        <source>5–9 visits</source>
        <translation>5–9 visits</translation>
    </message>
    <message>
        <source>10 visits or more</source>
        <translation>10 visits or more</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Categories…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>There are no visits in this period.</source>
        <translation>There are no visits in this period.</translation>
    </message>
    <message>
        <source>Revenue {revenue} · {customers} · {visits} · repeat rate {rate}</source>
        <translation>Revenue {revenue} · {customers} · {visits} · repeat rate {rate}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation><numerusform>%Ln customer</numerusform><numerusform>%Ln customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation><numerusform>%Ln visit</numerusform><numerusform>%Ln visits</numerusform></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% of customers</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% of revenue</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Per customer</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Repeat rate</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>On file</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Customers are counted by their RFM grade today (the shop's own grade where one is given); those not graded yet are shown apart.</source>
        <translation>Customers are counted by their RFM grade today (the shop's own grade where one is given); those not graded yet are shown apart.</translation>
    </message>
    <message>
        <source>Class A: the customers bringing the first 80% of the revenue; B: the next 15%; C: the rest. Customers are counted by their class today.</source>
        <translation>Class A: the customers bringing the first 80% of the revenue; B: the next 15%; C: the rest. Customers are counted by their class today.</translation>
    </message>
    <message>
        <source>Customers are counted by the level on their card today.</source>
        <translation>Customers are counted by the level on their card today.</translation>
    </message>
    <message>
        <source>The revenue of the items sold, by the category given to each item (Categories…). A customer who bought in several categories counts in each; the total counts her once.</source>
        <translation>The revenue of the items sold, by the category given to each item (Categories…). A customer who bought in several categories counts in each; the total counts her once.</translation>
    </message>
    <message>
        <source>The revenue of each item sold. A customer who bought several items counts in each; the total counts her once.</source>
        <translation>The revenue of each item sold. A customer who bought several items counts in each; the total counts her once.</translation>
    </message>
    <message>
        <source>Customers are counted by the district on their card.</source>
        <translation>Customers are counted by the district on their card.</translation>
    </message>
    <message>
        <source>Repeat rate: the customers who came twice or more in the period, of all who came.</source>
        <translation>Repeat rate: the customers who came twice or more in the period, of all who came.</translation>
    </message>
    <message>
        <source>“Not in the items”: what visits were charged beyond the sum of their items.</source>
        <translation>“Not in the items”: what visits were charged beyond the sum of their items.</translation>
    </message>
    <message>
        <source>{customers} in the period: {new} new, {returning} returning</source>
        <translation>{customers} in the period: {new} new, {returning} returning</translation>
    </message>
    <message>
        <source>New: her first visit ever was in the month. Returning: she came in the month and had come before. The whole period counts each customer once.</source>
        <translation>New: her first visit ever was in the month. Returning: she came in the month and had come before. The whole period counts each customer once.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
    <message>
        <source>% new</source>
        <translation>% new</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Whole period</translation>
    </message>
    <message>
        <source>Share of the revenue</source>
        <translation>Share of the revenue</translation>
    </message>
    <message>
        <source>Share of the customers</source>
        <translation>Share of the customers</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>customer-structure</source>
        <translation>customer-structure</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>Writing the Excel file…</translation>
    </message>
    <message>
        <source>Categories of the items</source>
        <translation>Categories of the items</translation>
    </message>
    <message>
        <source>No items are sold yet: a category is given to an item sold.</source>
        <translation>No items are sold yet: a category is given to an item sold.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Greeting templates</source>
        <translation>Greeting templates</translation>
    </message>
    <message>
        <source>Festivals and marketing days</source>
        <translation>Festivals and marketing days</translation>
    </message>
    <message>
        <source>Contains an offer (promotional)</source>
        <translation>Contains an offer (promotional)</translation>
    </message>
    <message>
        <source>Customers who have not agreed to marketing messages are never sent it.</source>
        <translation>Customers who have not agreed to marketing messages are never sent it.</translation>
    </message>
    <message>
        <source>Preview for a sample customer ({name}, {gender}, {age}, {points} points)</source>
        <translation>Preview for a sample customer ({name}, {gender}, {age}, {points} points)</translation>
    </message>
    <message>
        <source>Set the shop name in Settings so that {shop} is filled in.</source>
        <translation>Set the shop name in Settings so that {shop} is filled in.</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>Insert:</translation>
    </message>
    <message>
        <source>Language of the greeting:</source>
        <translation>Language of the greeting:</translation>
    </message>
    <message>
        <source>Replace this greeting with the program's wording? Your text is lost.</source>
        <translation>Replace this greeting with the program's wording? Your text is lost.</translation>
    </message>
    <message>
        <source>Unsaved greetings</source>
        <translation>Unsaved greetings</translation>
    </message>
    <message>
        <source>{count} greeting(s) have unsaved changes. Save them?</source>
        <translation>{count} greeting(s) have unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>Wedding anniversary</translation>
    </message>
    <message>
        <source>Family birthday</source>
        <translation>Family birthday</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title (Ms Wang)</source>
        <translation>Title (Ms Wang)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Points balance</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Solar</translation>
    </message>
    <message>
        <source>Lunar</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>In the shop</source>
        <translation>In the shop</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Card created</source>
        <translation>Card created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Brought back from the archive</source>
        <translation>Brought back from the archive</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personal data erased</translation>
    </message>
    <message>
        <source>Visit recorded</source>
        <translation>Visit recorded</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>Follow-up recorded</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>Walked in</translation>
    </message>
    <message>
        <source>Referred by a customer</source>
        <translation>Referred by a customer</translation>
    </message>
    <message>
        <source>Friend or family</source>
        <translation>Friend or family</translation>
    </message>
    <message>
        <source>Dianping</source>
        <translation>Dianping</translation>
    </message>
    <message>
        <source>Meituan</source>
        <translation>Meituan</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>Xiaohongshu</translation>
    </message>
    <message>
        <source>Flyer or event</source>
        <translation>Flyer or event</translation>
    </message>
    <message>
        <source>month {month}</source>
        <translation>month {month}</translation>
    </message>
    <message>
        <source>leap month {month}</source>
        <translation>leap month {month}</translation>
    </message>
    <message>
        <source>day {day}</source>
        <translation>day {day}</translation>
    </message>
    <message>
        <source>Lunar {month}, {day}</source>
        <translation>Lunar {month}, {day}</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Celebrate in the leap month</source>
        <translation>Celebrate in the leap month</translation>
    </message>
    <message>
        <source>Also celebrate in the other calendar</source>
        <translation>Also celebrate in the other calendar</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>Wedding anniversary</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Income level</source>
        <translation>Income level</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personality</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Skin / hair type</source>
        <translation>Skin / hair type</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>Allergies and contraindications</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Personal adviser</source>
        <translation>Personal adviser</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Agrees to marketing messages</source>
        <translation>Agrees to marketing messages</translation>
    </message>
    <message>
        <source>Family birthdays</source>
        <translation>Family birthdays</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Find a customer: name, pinyin, phone tail or scan her card</source>
        <translation>Find a customer: name, pinyin, phone tail or scan her card</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the board again (F5)</source>
        <translation>Read the board again (F5)</translation>
    </message>
    <message>
        <source>Birthdays &amp; anniversaries</source>
        <translation>Birthdays &amp; anniversaries</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Customers to wake</source>
        <translation>Customers to wake</translation>
    </message>
    <message>
        <source>Points about to expire</source>
        <translation>Points about to expire</translation>
    </message>
    <message>
        <source>Package cards expiring</source>
        <translation>Package cards expiring</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>this week</translation>
    </message>
    <message>
        <source>in the next 30 days</source>
        <translation>in the next 30 days</translation>
    </message>
    <message numerus="yes">
        <source>%n greeted</source>
        <translation><numerusform>%n greeted</numerusform><numerusform>%n greeted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n today</source>
        <translation><numerusform>%n today</numerusform><numerusform>%n today</numerusform></translation>
    </message>
    <message>
        <source>No birthdays or anniversaries {when}.</source>
        <translation>No birthdays or anniversaries {when}.</translation>
    </message>
    <message>
        <source>No birthdays or anniversaries this week.</source>
        <translation>No birthdays or anniversaries this week.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <source>Complaint follow-up calls</source>
        <translation>Complaint follow-up calls</translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation>Due {when}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>No follow-ups due {when}.</source>
        <translation>No follow-ups due {when}.</translation>
    </message>
    <message>
        <source>No open complaints.</source>
        <translation>No open complaints.</translation>
    </message>
    <message>
        <source>Late by their own rhythm; the most valuable first</source>
        <translation>Late by their own rhythm; the most valuable first</translation>
    </message>
    <message>
        <source>Nobody is drifting away {when}.</source>
        <translation>Nobody is drifting away {when}.</translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s)</source>
        <translation><numerusform>Within %n day</numerusform><numerusform>Within %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No points expire within %n day(s).</source>
        <translation><numerusform>No points expire within %n day.</numerusform><numerusform>No points expire within %n days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No package cards expire within %n day(s).</source>
        <translation><numerusform>No package cards expire within %n day.</numerusform><numerusform>No package cards expire within %n days.</numerusform></translation>
    </message>
</context>
<context>
    <name>TopCustomersDialog</name>
    <message>
        <source>Evaluate top customers</source>
        <translation>Evaluate top customers</translation>
    </message>
    <message>
        <source>The top</source>
        <translation>The top</translation>
    </message>
    <message numerus="yes">
        <source>customers by spending in the last %n month(s)</source>
        <translation><numerusform>customers by spending in the last %n month</numerusform><numerusform>customers by spending in the last %n months</numerusform></translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>Every customer</translation>
    </message>
    <message>
        <source>of any grade</source>
        <translation>of any grade</translation>
    </message>
    <message>
        <source>any RFM grade</source>
        <translation>any RFM grade</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Spent in the period</source>
        <translation>Spent in the period</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>A note for each of them, e.g. Q4 review</source>
        <translation>A note for each of them, e.g. Q4 review</translation>
    </message>
    <message>
        <source>Save the evaluations</source>
        <translation>Save the evaluations</translation>
    </message>
    <message>
        <source>Untick a customer to leave her out. The evaluations are kept dated {date}.</source>
        <translation>Untick a customer to leave her out. The evaluations are kept dated {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to evaluate</source>
        <translation><numerusform>%n customer to evaluate</numerusform><numerusform>%n customers to evaluate</numerusform></translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up — {name}</source>
        <translation>Top up — {name}</translation>
    </message>
    <message>
        <source>Amount paid in, e.g. 1000</source>
        <translation>Amount paid in, e.g. 1000</translation>
    </message>
    <message>
        <source>Note (optional), e.g. paid by WeChat</source>
        <translation>Note (optional), e.g. paid by WeChat</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Top up</translation>
    </message>
    <message>
        <source>Stored value now</source>
        <translation>Stored value now</translation>
    </message>
    <message>
        <source>Amount paid in</source>
        <translation>Amount paid in</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Stored value after</source>
        <translation>Stored value after</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No top-up bonus is set (Settings › Top-up bonus…).</source>
        <translation>No top-up bonus is set (Settings › Top-up bonus…).</translation>
    </message>
    <message>
        <source>top up {amount}, get {bonus}</source>
        <translation>top up {amount}, get {bonus}</translation>
    </message>
    <message>
        <source>Bonus rule: {rule}</source>
        <translation>Bonus rule: {rule}</translation>
    </message>
    <message>
        <source>None for this amount</source>
        <translation>None for this amount</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>How many days ahead to list, today included</source>
        <translation>How many days ahead to list, today included</translation>
    </message>
    <message>
        <source>Days ahead:</source>
        <translation>Days ahead:</translation>
    </message>
    <message numerus="yes">
        <source>%n occasion(s)</source>
        <translation><numerusform>%n occasion</numerusform><numerusform>%n occasions</numerusform></translation>
    </message>
</context>
<context>
    <name>UseSessionDialog</name>
    <message>
        <source>Use a package session — {name}</source>
        <translation>Use a package session — {name}</translation>
    </message>
    <message>
        <source>Record the visit first: a session is always used for a visit.</source>
        <translation>Record the visit first: a session is always used for a visit.</translation>
    </message>
    <message>
        <source>Use 1 session</source>
        <translation>Use 1 session</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Package card</source>
        <translation>Package card</translation>
    </message>
    <message>
        <source>Left after</source>
        <translation>Left after</translation>
    </message>
    <message>
        <source>already used for this visit</source>
        <translation>already used for this visit</translation>
    </message>
</context>
<context>
    <name>ValueStatementModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Record a visit — {name}</source>
        <translation>Record a visit — {name}</translation>
    </message>
    <message>
        <source>Who served her</source>
        <translation>Who served her</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Anything to remember about this visit</source>
        <translation>Anything to remember about this visit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Served by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <source>Item {index}: {problem}</source>
        <translation>Item {index}: {problem}</translation>
    </message>
    <message>
        <source>Discard this visit?</source>
        <translation>Discard this visit?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation>What you typed has not been saved. Close and lose it?</translation>
    </message>
</context>
<context>
    <name>VisitItemsTable</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Spec / size / colour</source>
        <translation>Spec / size / colour</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price (¥)</source>
        <translation>Unit price (¥)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>VisitPrepaidPanel</name>
    <message>
        <source>Stored value and package cards</source>
        <translation>Stored value and package cards</translation>
    </message>
    <message>
        <source>Pay from stored value</source>
        <translation>Pay from stored value</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Balance {balance}</source>
        <translation>Balance {balance}</translation>
    </message>
    <message>
        <source>Use a package session</source>
        <translation>Use a package session</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Huitouke</source>
        <translation>Welcome to Huitouke</translation>
    </message>
    <message>
        <source>Huitouke keeps your customer cards, birthdays and visits on this computer, without internet.
What is your shop called? It is printed on cards and used in greetings.</source>
        <translation>Huitouke keeps your customer cards, birthdays and visits on this computer, without internet.
What is your shop called? It is printed on cards and used in greetings.</translation>
    </message>
    <message>
        <source>e.g. 美丽人生美容院</source>
        <translation>e.g. 美丽人生美容院</translation>
    </message>
    <message>
        <source>Recorded with every change, e.g. 王姐</source>
        <translation>Recorded with every change, e.g. 王姐</translation>
    </message>
    <message>
        <source>Start with an empty customer list</source>
        <translation>Start with an empty customer list</translation>
    </message>
    <message numerus="yes">
        <source>Load the sample shop (%n invented customers to try things out)</source>
        <translation><numerusform>Load the sample shop (%n invented customers to try things out)</numerusform><numerusform>Load the sample shop (%n invented customers to try things out)</numerusform></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <source>Nobody found.</source>
        <translation>Nobody found.</translation>
    </message>
</context>
<context>
    <name>_StepDialog</name>
    <message>
        <source>Discard?</source>
        <translation>Discard?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation>What you typed has not been saved. Close and lose it?</translation>
    </message>
</context>
</TS>