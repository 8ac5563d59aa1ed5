"""The window: widgets, dialogs, Qt item models and printing. No peewee here."""
