"""A fake system seam for unit tests: canned command outputs and values; anything else fails the test."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from desktop_app.system import System, run_bounded

CommandAnswer = str | tuple[int | None, str, str, str | None] | Callable[[list[str]], tuple[int | None, str, str, str | None]]
NOT_FOUND: tuple[None, str, str, str] = (None, "", "", "not found")  # the program is not installed


class FakeSystem(System):
    """``commands`` maps an argv tuple (or its program name alone) to stdout text, to
    ``(returncode, stdout, stderr, error)``, or to a callable of argv. ``values`` maps observation names
    to values (or to a callable, or an Exception to raise). ``delays`` adds latency per name/argv[0].

    A command answered with ``NOT_FOUND`` behaves like a program that is not installed. Anything not given
    is recorded in ``unexpected``, and the autouse fixture in conftest.py fails the test for it."""

    made: ClassVar[list[FakeSystem]] = []  # every instance of the current test (see conftest.py)

    def __init__(
        self,
        platform: str = "linux",
        commands: Mapping[Any, CommandAnswer] | None = None,
        values: Mapping[str, Any] | None = None,
        delays: Mapping[str, float] | None = None,
    ) -> None:
        super().__init__(platform)
        self.commands = dict(commands or {})
        self.values = dict(values or {})
        self.delays = dict(delays or {})
        self.unexpected: list[str] = []
        self.ran: list[list[str]] = []
        FakeSystem.made.append(self)

    def _execute(
        self, argv: list[str], timeout: float, env: Mapping[str, str] | None, input_text: str | None
    ) -> tuple[int | None, str, str, str | None]:
        self.ran.append(list(argv))
        answer = self.commands.get(tuple(argv), self.commands.get(argv[0]))
        if answer is None:
            self.unexpected.append(" ".join(argv))
            return None, "", "", f"not found: {argv[0]} (unexpected in test)"
        delay = self.delays.get(argv[0], 0.0)
        if delay:
            if delay > timeout:
                time.sleep(timeout)
                return None, "", "", f"timed out after {timeout:g}s"
            time.sleep(delay)
        if answer is NOT_FOUND:
            return None, "", "", f"not found: {argv[0]}"
        if callable(answer):
            return answer(list(argv))
        if isinstance(answer, str):
            return 0, answer, "", None
        return answer

    def _evaluate(self, kind: str, name: str, fn: Callable[[], Any], timeout: float) -> tuple[Any, str | None]:
        if name not in self.values:
            self.unexpected.append(f"{kind}:{name}")
            return None, "unexpected in test"
        answer = self.values[name]
        delay = self.delays.get(name, 0.0)

        def produce() -> Any:
            if delay:
                time.sleep(delay)
            if isinstance(answer, BaseException):
                raise answer
            return answer() if callable(answer) else answer

        return run_bounded(produce, timeout)

    def which(self, program: str) -> str | None:
        if self.commands.get(program) is NOT_FOUND:
            return None
        return f"/usr/bin/{program}" if program in self.commands else None
