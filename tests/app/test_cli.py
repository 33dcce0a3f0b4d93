"""The command line: flags become a config, bad values exit 2 naming the flag, screenshots work."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from nnviz.app import cli
from window_helpers import run_nnviz


def parse(*argv):
    parser = cli.build_parser()
    return cli.config_from_args(parser.parse_args(list(argv)), parser)


def test_defaults_are_the_playground_defaults():
    cfg = parse()
    assert cfg.data.dataset == "circle"
    assert cfg.network.units == (4, 2)
    assert cfg.training.learning_rate == 0.03


def test_flags_build_the_config():
    cfg = parse("--dataset", "XOR", "--hidden", "8, 8,3", "--activation", "relu",
                "--learning-rate", "0.1")
    assert cfg.data.dataset == "xor"
    assert cfg.network.units == (8, 8, 3)
    assert {h.activation for h in cfg.network.hidden} == {"relu"}
    assert cfg.training.learning_rate == 0.1


@pytest.mark.parametrize("text", ["", "0", "none"])
def test_hidden_empty_or_zero_means_no_hidden_layer(text):
    assert parse("--hidden", text).network.hidden == ()


def test_activation_alone_applies_to_the_default_layers():
    cfg = parse("--activation", "sigmoid")
    assert cfg.network.units == (4, 2)
    assert {h.activation for h in cfg.network.hidden} == {"sigmoid"}


def test_dataset_sets_its_problem_type():
    assert parse("--dataset", "blobs").training.problem == "multiclass"
    assert parse("--dataset", "plane").training.problem == "regression"


@pytest.mark.parametrize("argv, flag", [
    (["--hidden", "4,x"], "--hidden"),
    (["--hidden", "4,17"], "--hidden"),
    (["--hidden", "4,0"], "--hidden"),
    (["--hidden", "1,1,1,1,1,1,1,1,1"], "--hidden"),
    (["--learning-rate", "0"], "--learning-rate"),
    (["--learning-rate", "-0.1"], "--learning-rate"),
    (["--learning-rate", "fast"], "--learning-rate"),
    (["--learning-rate", "1000"], "--learning-rate"),
    (["--dataset", "nope"], "--dataset"),
    (["--activation", "nope"], "--activation"),
    (["--activation", "softmax"], "--activation"),
    (["--lang", "fr"], "--lang"),
    (["--quit-after", "soon"], "--quit-after"),
    (["--screenshot-after", "-1"], "--screenshot-after"),
])
def test_bad_values_exit_2_naming_the_flag(argv, flag, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2
    assert flag in capsys.readouterr().err


def test_bad_value_in_a_real_process_exits_2_without_starting_qt():
    done = run_nnviz("--hidden", "4,99", timeout=60)
    assert done.returncode == 2
    assert "--hidden" in done.stderr and "16" in done.stderr


def test_help_lists_the_registries_and_does_not_load_qt():
    import subprocess
    import sys
    from window_helpers import REPO
    code = ("import sys\nfrom nnviz.app import cli\n"
            "try:\n    cli.main(['--help'])\nexcept SystemExit as e:\n    assert e.code == 0\n"
            "print([m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'pyqtgraph', 'shiboken6')])\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("[]"), done.stdout
    for word in ("--dataset", "spiral", "tanh", "--learning-rate", "--screenshot"):
        assert word in done.stdout


def test_screenshot_flag_writes_a_png_and_quit_after_exits_0(tmp_path):
    shot = tmp_path / "window.png"
    done = run_nnviz("--dataset", "xor", "--play", "--screenshot", str(shot),
                     "--screenshot-after", "0.5", "--quit-after", "1.5")
    assert done.returncode == 0, done.stderr
    assert "QThread: Destroyed" not in done.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 600


def test_screenshot_into_a_missing_folder_exits_2_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "no" / "such"
    with pytest.raises(SystemExit) as exc:
        cli.main(["--screenshot", str(missing / "window.png")])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "--screenshot" in err and "does not exist" in err and str(missing) in err
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("name, named", [("window.xyz", ".xyz"), ("window", "no extension")])
def test_screenshot_with_an_unknown_extension_exits_2(tmp_path, capsys, name, named):
    with pytest.raises(SystemExit) as exc:
        cli.main(["--screenshot", str(tmp_path / name)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "--screenshot" in err and named in err and ".png" in err


def test_bad_screenshot_folder_in_a_real_process_exits_2_before_any_window(tmp_path):
    done = run_nnviz("--screenshot", str(tmp_path / "gone" / "a.png"), "--quit-after", "0",
                     timeout=60)
    assert done.returncode == 2
    assert "--screenshot" in done.stderr and "does not exist" in done.stderr


@pytest.mark.parametrize("extension, magic", [("jpg", b"\xff\xd8\xff"), ("bmp", b"BM")])
def test_screenshot_writes_the_format_its_extension_names(tmp_path, extension, magic):
    shot = tmp_path / f"window.{extension}"
    done = run_nnviz("--screenshot", str(shot), "--screenshot-after", "0.2",
                     "--quit-after", "0.4")
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes()[:len(magic)] == magic


@pytest.mark.parametrize("environ, platform, blocked", [
    ({}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_display_problem_only_when_linux_has_no_display(environ, platform, blocked):
    assert (cli.display_problem(environ, platform) is not None) == blocked


def test_no_display_prints_one_friendly_sentence_and_exits_1():
    import os
    import sys
    if not sys.platform.startswith("linux"):
        pytest.skip("the DISPLAY check is for X11/Wayland systems")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    import subprocess
    from window_helpers import REPO
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-m", "nnviz", "--quit-after", "0"], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for words in ("DISPLAY", "QT_QPA_PLATFORM=offscreen", "xvfb"):
        assert words in lines[0]
    assert "qt.qpa" not in done.stderr and "Aborted" not in done.stderr
