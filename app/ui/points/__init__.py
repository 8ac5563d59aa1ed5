"""The points card: balance, redeeming, the statement, the ledger page, the rules."""
