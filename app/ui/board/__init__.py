"""The Today board (看板): the first screen — whom to greet, whom to call back, which
complaint is late, who is drifting away, what runs out."""
