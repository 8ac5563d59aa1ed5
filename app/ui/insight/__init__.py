"""Customer insight (客户分析与评估): dormant customers, grading, the evaluation form and the
customer structure."""
