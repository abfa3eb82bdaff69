"""The council: meetings, consensus decisions, joint actions."""
