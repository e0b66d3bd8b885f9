"""The base of every view: what the request hooks need to know about it, declared on the class."""

from __future__ import annotations

from typing import ClassVar, Literal

from flask.views import MethodView

AdmissionKind = Literal["search", "write", "none"]


class ServiceView(MethodView):
    """A view of the service. Subclasses override the class attributes that differ.

    Attributes:
        admission: the slots its requests take (:class:`..limits.Admission`): ``search`` for views that
            encode or rank; None (the default) means a write slot for POST, PUT, PATCH and DELETE, none
            for reads, which are cheap and never wait; ``none``: never a slot (key management: a revocation must go
            through while uploads fill every write slot).
        body_types: media types its request bodies may have.
        takes_body: False for actions without a body (a POST that switches or rolls back): any body is ignored.
        answers_when_failed: answered even when warm-up failed (health views say why).
    """

    admission: ClassVar[AdmissionKind | None] = None
    body_types: ClassVar[tuple[str, ...]] = ("application/json",)
    takes_body: ClassVar[bool] = True
    answers_when_failed: ClassVar[bool] = False
