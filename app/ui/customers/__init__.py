"""The customer area: the counter list, the card, the editor and its dialogs."""
