"""HTTP layer: thin views that validate with marshmallow, call the domain core and serialize."""
