"""The complaint inbox (投诉): the inbox page, the complaint's window and its steps,
the standard answers, and the analysis."""
