"""The interview: questions as data, answer parsing, the flow, progress file, review, the terminal."""

DEFAULT_FACTS = "年度报告事实.yaml"  # the facts file the interview writes when no -o is given
