"""Stored value (储值) and package cards (次卡/疗程卡) on the customer card: the facts
line, the Prepaid tab, and the dialogs to top up, refund, sell a package and use a
session."""
