"""``check`` and ``validate`` run with the cyclic garbage collector paused (as the load
pauses it), and give it back as they found it (commands/check_run.py)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from tests.conftest import invoke


@pytest.mark.parametrize("command", ["check", "validate"])
@pytest.mark.parametrize("extra", [["--format", "json"], ["--format", "text"], ["--no-cache"]])
def test_the_collector_is_paused_while_a_check_runs(
    command: str, extra: list[str], data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gsscb_cli.commands._common as common

    seen: list[bool] = []
    load_data = common.load_data

    def watched(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return load_data(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(common, "load_data", watched)
    assert gc.isenabled()
    result = invoke(command, "--data", str(data_copy), "--as-of", "2026-12-01", *extra)
    assert result.exit_code in (0, 1), result.output
    assert seen == [False]  # paused while it loaded ...
    assert gc.isenabled()  # ... and on again after


def test_a_collector_switched_off_stays_off(data_copy: Path) -> None:
    gc.disable()
    try:
        result = invoke("check", "--data", str(data_copy), "--as-of", "2026-12-01")
        assert result.exit_code in (0, 1), result.output
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_given_back_when_a_check_fails(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exit 2 (no such folder), an exception inside the load, Ctrl-C: the collector is
    on again after each."""
    import gsscb_cli.commands._common as common

    for command in ("check", "validate"):
        result = invoke(command, "--data", str(data_copy / "missing"), "--as-of", "2026-12-01")
        assert result.exit_code == 2, result.output
        assert gc.isenabled()
    for failure in (RuntimeError("boom"), KeyboardInterrupt()):

        def fail(*args: object, error: BaseException = failure, **kwargs: object) -> object:
            assert not gc.isenabled()
            raise error

        monkeypatch.setattr(common, "load_data", fail)
        result = invoke("check", "--data", str(data_copy), "--as-of", "2026-12-01")
        assert result.exit_code != 0
        assert gc.isenabled()


def test_the_load_is_frozen_while_the_collector_is_paused(data_copy: Path) -> None:
    """The load (and the model) are frozen as they were before check ran with the
    collector paused: a later collection in the same process skips them."""
    gc.unfreeze()
    result = invoke("check", "--data", str(data_copy), "--as-of", "2026-12-01", "--no-cache")
    assert result.exit_code in (0, 1), result.output
    assert gc.get_freeze_count() > 10_000
    gc.unfreeze()
