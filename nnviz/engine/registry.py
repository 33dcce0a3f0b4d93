"""Name -> definition tables for every pluggable kind (activations, losses, optimizers, ...).

Adding an activation, loss, optimizer, initializer or dataset is one ``register`` call next to
its definition; controls, lessons and the CLI list what the registry holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterator


@dataclass(frozen=True)
class Entry:
    """One registered definition with the words the app shows for it."""

    name: str
    value: Any
    display: str
    doc: str
    aliases: tuple[str, ...] = field(default=())


class Registry:
    """A case-insensitive table of named definitions of one kind (e.g. ``"activation"``)."""

    def __init__(self, kind: str):
        self.kind = kind
        self._entries: dict[str, Entry] = {}
        self._lookup: dict[str, str] = {}

    def register(self, name: str, value: Any, display: str | None = None, doc: str = "",
                 aliases: tuple[str, ...] = ()) -> Any:
        entry = Entry(name, value, display or name, doc, tuple(aliases))
        self._entries[name] = entry
        for key in (name, *aliases):
            self._lookup[key.lower()] = name
        return value

    def add(self, name: str, display: str | None = None, doc: str = "",
            aliases: tuple[str, ...] = ()) -> Callable[[Any], Any]:
        """Decorator form of :meth:`register`."""
        def deco(value):
            return self.register(name, value, display, doc, aliases)
        return deco

    def entry(self, name: str, argument: str | None = None) -> Entry:
        """The entry for ``name`` or an alias; ``ValueError`` listing valid names otherwise."""
        if not isinstance(name, str):
            raise TypeError(f"{argument or self.kind} must be a string naming a {self.kind}, "
                            f"got {name!r} ({type(name).__name__})")
        key = self._lookup.get(name.lower())
        if key is None:
            raise ValueError(f"Unknown {self.kind} {argument + '=' if argument else ''}{name!r}; "
                             f"valid names: {', '.join(self.all_names())}")
        return self._entries[key]

    def get(self, name: str, argument: str | None = None) -> Any:
        return self.entry(name, argument).value

    def canonical(self, name: str) -> str:
        return self.entry(name).name

    def names(self) -> list[str]:
        """Canonical names, in registration order."""
        return list(self._entries)

    def all_names(self) -> list[str]:
        """Canonical names and aliases, for error messages."""
        return list(self._entries) + [a for e in self._entries.values() for a in e.aliases]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._lookup

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)
