"""Command line: thin commands; the one place that turns ``DrafterError`` into a message and exit code."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence

from drafter import __version__
from drafter.commands import parser as argparse_zh
from drafter.errors import EXIT_PROBLEMS, DrafterError

# Each module in drafter.commands registers one subcommand and imports its heavy libraries lazily.
COMMAND_MODULES = ("demo", "render", "check", "interview", "explain", "banks", "import_report", "batch",
                   "summary")


def build_parser() -> argparse.ArgumentParser:
    argparse_zh.install()
    parser = argparse_zh.ChineseParser(
        prog="drafter",
        description="drafter：起草《政府信息公开工作年度报告》（国办公开办函〔2021〕30号格式），生成排版规范的 Word 文档。",
        epilog="示例：drafter demo（生成示例报告）；drafter render 事实文件.yaml（生成报告）。"
               "各子命令的用法：drafter 子命令 --help。",
    )
    parser.add_argument("--version", action="version", version=f"drafter {__version__}", help="显示版本号并退出")
    sub = parser.add_subparsers(title="子命令", dest="command", metavar="子命令", parser_class=argparse_zh.ChineseParser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"drafter.commands.{name}").register(sub)
    return parser


def _hangup_as_interrupt() -> None:
    """A closed terminal (SIGHUP) or ``kill`` (SIGTERM) ends drafter as Ctrl-C does: files half-written are
    removed, a render writes all formats or none, the interview keeps its progress. Child processes (batch
    workers, which the pool stops with SIGTERM) keep the default."""
    if threading.current_thread() is not threading.main_thread():
        return
    parent = os.getpid()

    def interrupt(signum: int, _frame: object) -> None:
        if os.getpid() != parent:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise KeyboardInterrupt

    for name in ("SIGHUP", "SIGTERM"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            signal.signal(number, interrupt)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    from drafter import console

    _hangup_as_interrupt()
    try:
        code = int(args.run(args) or 0)
        sys.stdout.flush()  # a full disk behind "> out.txt" shows here, not at exit as a traceback
        return code
    except DrafterError as exc:
        console.error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _quietly(lambda: console.err.print("\n已中断，未完成的文件没有写入。"))
        return 130
    except BrokenPipeError:  # "drafter check x | head": the reader has gone
        _silence_stdout()
        return EXIT_PROBLEMS
    except OSError as exc:  # the last net: every OS error is a Chinese sentence, never a traceback
        from drafter.facts.files import describe

        message = describe(exc)
        _silence_stdout()
        _quietly(lambda: console.error(message))
        return EXIT_PROBLEMS
    except RecursionError:
        _quietly(lambda: console.error("输入文件的嵌套层次过深，无法处理。请检查文件是否正确（例如是否被程序生成的多层嵌套）。"))
        return EXIT_PROBLEMS
    except MemoryError:
        _quietly(lambda: console.error("输入文件过大，内存不足，无法处理。请检查文件是否正确。"))
        return EXIT_PROBLEMS


def _silence_stdout() -> None:
    """Standard output failed (disk full, pipe closed): later writes and the flush at exit go nowhere
    instead of raising again as "Exception ignored … OSError"."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _quietly(show: Callable[[], None]) -> None:
    with contextlib.suppress(OSError):
        show()


if __name__ == "__main__":
    sys.exit(main())
