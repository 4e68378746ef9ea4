"""Each tab's state as plain data (frozen dataclasses), with JSON round-trips.

No Qt here: a state is what the person set; every derived number comes from the engine.
"""
