"""Whether a D4 "其中" list that falls short of its total names some of the total's parts only, by what it is
(``checks.breakdowns`` asks it before warning):

- what followed some of the applications, not kinds of them: "受理答复政府信息公开申请28件,其中,行政复议1件、行政诉讼
  0件" (112) names the applications that went on to a 复议 or a 诉讼;
- some channels' figures of a total published through several: "依托政府门户网站、黄龙宣传和…微信公众号等平台,…公开…信息
  312条。其中,政府网站动态84条,…,省级媒体发布信息21条,…" (751), "通过单位电子显示屏,微信公众号,政府网站等载体,共累计
  发布信息847条,其中工作动态栏目发布信息655条;…" (768): a part names a channel or a website's column, the total
  counts several channels;
- kinds nested in one another: "主动公开重点领域政府信息37条,其中统计信息14条,经济运行情况12条,统计公报1条" (776):
  a 统计公报 is 统计信息, so the parts are no partition of the total.
A list of kinds of the whole, none of them a channel or another's kind ("通过政府门户网站、电子政务网、微信公众号等载体…46
条,其中主动公开公文14条,…", 410), is still a breakdown that leaves things out (a warning).
"""

from __future__ import annotations

import re

# the parts of a list of applications that followed some of them (a review, a lawsuit), not kinds of them
_FOLLOWED = re.compile(r"行政复议|行政诉讼|复议|诉讼")
_APPLICATIONS = re.compile(r"申请")
# a total published through several channels: "通过A、B、C等载体", "依托A、B和C等平台"
_CHANNELS = re.compile(r"(?:通过|依托|利用|借助|运用)([^。；;]{2,80}?)等(?:多种|多个|各类|各种)?(?:新闻)?"
                       r"(?:载体|平台|渠道|方式|媒介|途径|媒体)")
_CHANNEL_SPLIT = re.compile(r"[、，,和及与]")
# a part named by its channel or a website's column
_CHANNEL_PART = re.compile(r"网站|门户|栏目|版块|板块|媒体|微信|微博|公众号|客户端|显示屏|公开栏|宣传栏")
# a part's name without its verb and its generic ending: "统计信息" is 统计, "发布政策解读信息" 政策解读
_VERB = re.compile(r"^[，,、；;：:\s]*(?:其中)?[，,：:]?\s*(?:主动)?(?:发布|公开|公布|更新|推送)?")
_ENDING = re.compile(r"(?:类)?(?:信息|情况|内容)?(?:数量)?(?:为|共|达)?$")
MIN_HEAD = 2


def some_only(before: str, top: str, counts: list[re.Match[str]], unit_word: str) -> bool:
    """The short list ``top`` (its parts' figures ``counts``) names some of the total's parts only; ``before``: the
    words before the total, in its sentence."""
    names = _names(top, counts)
    if unit_word == "件" and _APPLICATIONS.search(before) and not _FOLLOWED.search(before) \
            and any(_FOLLOWED.search(name) for name in names):
        return True
    channels = _CHANNELS.search(before)
    if channels and len([c for c in _CHANNEL_SPLIT.split(channels.group(1)) if c.strip()]) >= 2 \
            and any(_CHANNEL_PART.search(name) for name in names):
        return True
    heads = [_ENDING.sub("", _VERB.sub("", name)) for name in names]
    return any(len(a) >= MIN_HEAD and a != b and b.startswith(a) for a in heads for b in heads)


def _names(top: str, counts: list[re.Match[str]]) -> list[str]:
    """Each part's name: the words between the count before it (or the list's start) and its own."""
    starts = [0] + [m.end() for m in counts[:-1]]
    return [top[a:m.start()].strip() for a, m in zip(starts, counts, strict=True)]
