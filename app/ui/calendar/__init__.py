"""The birthday and holiday calendar: month view, upcoming list, greetings."""
