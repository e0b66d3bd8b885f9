"""A catalog moved to another model version while it answers: the migration job, its runner, the switch and
rollback, the shadow comparison, and vectors bound to the version that made them."""
