"""Reports in traditional characters (a portal's 繁體 rendering of the page) read as simplified ones.

Only the recognisers need it: the titles, headings, table labels and the phrases the text rules look for.
A small table is enough (no dependency): the characters of the official format's labels and headings and
of the words reports commonly use. Each entry is a character that never occurs in simplified text, so a
simplified report is left exactly as it is; a character not in the table is kept as printed.
"""

from __future__ import annotations

import dataclasses
import re

from drafter.importers.blocks import Block

# Pairs "traditional simplified", grouped by subject.
_PAIRS = """
報报 開开 總总 體体 況况 動动 務务 請请 處处 決决 數数 據据 規规 範范 條条 項项 製制 發发 廢废 現现 內内
許许 罰罚 強强 費费 單单 萬万 額额 轉转 結结 辦办 關关 係系 業业 構构 會会 機机 組组 織织 無无 複复 議议
訴诉 訟讼 審审 維维 糾纠 紀纪 類类 屬属 國国 險险 權权 護护 過过 執执 詢询 獨独 閱阅 圖图 書书 長长 門门
戶户 網网 縣县 鄉乡 鎮镇 區区 級级 員员 實实 際际 進进 號号 統统 計计 劃划 視视 續续 應应 當当 對对 證证
設设 點点 標标 準准 確确 認认 識识 舉举 簡简 歸归 檔档 錄录 頁页 題题 問问 與与 為为 們们 這这 個个 來来
時时 間间 後后 從从 將将 經经 還还 運运 營营 導导 領领 責责 負负 監监 檢检 驗验 評评 價价 講讲 話话 說说
讀读 寫写 學学 習习 歷历 屆届 補补 償偿 園园 農农 糧粮 衛卫 環环 態态 災灾 預预 養养 醫医 療疗 藥药 師师
傳传 億亿 華华 陽阳 陰阴 樹树 麗丽 鳳凤 龍龙 鳥鸟 馬马 魚鱼 雲云 東东 廣广 廠厂 莊庄 灣湾 嶺岭 島岛 峽峡
閉闭 啟启 僅仅 隻只 於于 並并 餘余 彙汇 週周 衝冲 鐘钟 獲获 裏里 裡里 麼么 氣气 電电 熱热 線线 眾众 飛飞
擊击 腦脑 聯联 聽听 輪轮 載载 輯辑 較较 輔辅 連连 達达 遠远 適适 選选 遺遗 邊边 鄰邻 銷销 錯错 鍵键 鏈链
陣阵 隊队 階阶 隨随 雜杂 難难 雙双 靈灵 響响 頂顶 順顺 須须 頒颁 頻频 顧顾 顯显 風风 飯饭 館馆 產产 畫画
盡尽 盤盘 禮礼 離离 種种 稅税 穩稳 競竞 筆笔 築筑 簽签 紅红 約约 納纳 紙纸 紛纷 細细 終终 綜综 綠绿 緊紧
編编 緣缘 練练 縮缩 績绩 繼继 習习 聖圣 聞闻 聲声 職职 興兴 舊旧 艱艰 藝艺 蘇苏 術术 見见 親亲 覽览 觀观
觸触 訂订 討讨 訓训 記记 訪访 診诊 詞词 試试 詳详 誌志 誤误 誰谁 課课 調调 談谈 論论 諮咨 諾诺 謀谋 譯译
變变 讓让 豐丰 貝贝 財财 貧贫 貨货 貫贯 購购 貸贷 賀贺 資资 賠赔 質质 賴赖 贊赞 趨趋 跡迹 踐践 車车 軍军
軟软 輸输 違违 遞递 郵邮 釋释 鐵铁 閒闲 闡阐 陸陆 靜静 頭头 顏颜 願愿 飲饮 驅驱 團团 圍围 堅坚 場场 壓压
壞坏 備备 夠够 奮奋 婦妇 寧宁 專专 尋寻 層层 幣币 帶带 幫帮 幾几 庫库 張张 彈弹 徑径 徵征 懷怀 戰战 擬拟
擁拥 擇择 擴扩 攜携 數数 斷断 曉晓 極极 樣样 樓楼 樂乐 歡欢 歲岁 殘残 漢汉 沒没 淺浅 測测 濟济 減减 溝沟
滿满 潔洁 潛潜 澤泽 濃浓 煙烟 燈灯 爭争 爾尔 狀状 獎奖 畢毕 異异 盜盗 碼码 礎础 禍祸 窮穷 節节 純纯 紹绍
絕绝 給给 絲丝 緩缓 繫系 罷罢 膽胆 訊讯 絡络 稱称 優优 儀仪 價价 僱雇 償偿 兒儿 兩两 冊册 凍冻 劃划 劑剂
勞劳 勢势 勵励 勸劝 協协 卻却 厲厉 參参 雙双 吳吴 呂吕 員员 嗎吗 嚴严 噸吨 圓圆 塊块 塵尘 墾垦 壇坛 壽寿
夢梦 夾夹 奪夺 奧奥 婁娄 嫻娴 孫孙 寬宽 寶宝 尷尴 屢屡 岡冈 崗岗 嶽岳 巖岩 帥帅 師师 幹干 廳厅 廈厦 廚厨
彥彦 徹彻 惡恶 惱恼 慣惯 慮虑 憂忧 憲宪 懲惩 戲戏 據据 掛挂 掃扫 揚扬 換换 損损 搖摇 搶抢 摟搂 撥拨 擔担
擠挤 擺摆 攤摊 敗败 敘叙 敵敌 斂敛 斬斩 暢畅 暫暂 曆历 書书 朧胧 東东 棄弃 棟栋 椿桩 構构 槍枪 槓杠 橋桥
機机 檯台 欄栏 權权 殼壳 氫氢 決决 淚泪 湧涌 準准 溫温 滅灭 漁渔 漲涨 潤润 濱滨 濾滤 瀏浏 灑洒 灘滩 烏乌
焦焦 煉炼 燒烧 營营 燭烛 爐炉 牆墙 犧牺 猶犹 獄狱 獅狮 獻献 玀猡 瑪玛 環环 瓊琼 甕瓮 產产 畝亩 畬畲 疊叠
瘡疮 癒愈 發发 皺皱 盞盏 盧卢 睜睁 矯矫 礦矿 礙碍 祿禄 禪禅 稟禀 稻稻 窩窝 竄窜 竅窍 筍笋 箏筝 簾帘 籌筹
籃篮 籤签 粵粤 糾纠 紡纺 紮扎 組组 絨绒 綁绑 綱纲 網网 綴缀 緒绪 緯纬 縫缝 縱纵 繁繁 繞绕 繩绳 繪绘 繳缴
纖纤 纜缆 罈坛 羅罗 羨羡 翹翘 聳耸 肅肃 脅胁 脫脱 腫肿 膚肤 臉脸 臨临 與与 艦舰 艙舱 蓋盖 蔣蒋 蕭萧 薦荐
薩萨 藍蓝 藥药 蘭兰 虛虚 蟲虫 蠶蚕 衆众 衛卫 補补 裝装 襲袭 覆覆 規规 覺觉 訂订 託托 訴诉 詐诈 該该 誇夸
誕诞 誘诱 語语 誠诚 謂谓 謝谢 謠谣 謹谨 譚谭 譜谱 警警 護护 讚赞 豎竖 貓猫 貢贡 販贩 貯贮 貴贵 貶贬 貿贸
賄贿 賓宾 賞赏 賢贤 賣卖 賤贱 賦赋 賬账 趙赵 趕赶 躍跃 軌轨 軸轴 輕轻 輝辉 輩辈 轄辖 辭辞 邁迈 遲迟 遷迁
鄧邓 鄭郑 醬酱 釀酿 針针 鈔钞 鉛铅 銀银 銅铜 鋁铝 鋼钢 錢钱 錦锦 鍋锅 鍛锻 鎖锁 鏡镜 鐘钟 鑄铸 鑑鉴 閃闪
閣阁 閥阀 閻阎 闆板 闖闯 闢辟 陳陈 隱隐 雞鸡 雜杂 霧雾 韓韩 韻韵 頌颂 預预 頑顽 頓顿 頸颈 頻频 顆颗 顛颠
颱台 餅饼 餘余 饋馈 馮冯 駐驻 駕驾 騎骑 騰腾 驕骄 驚惊 髒脏 鬧闹 鬱郁 鮮鲜 鳴鸣 鴻鸿 鵬鹏 鹽盐 麥麦 黃黄
黨党 齊齐 齒齿 齡龄 龜龟 圖图 壯壮 彙汇 歸归 櫃柜 櫻樱 蘿萝 鑰钥 鬥斗 劉刘 楊杨 謝谢 瀋沈 捨舍 儘尽 嚮向
臺台 復复 積积 義义 揮挥 輿舆 則则 採采 慶庆 遼辽 陝陕 贛赣 閩闽 滬沪 魯鲁 啓启 綫线 鑒鉴 貼贴 傷伤 擾扰
濫滥 隸隶 廁厕 駛驶 喪丧 殯殡 饑饥 衞卫 爲为 韌韧 闊阔 鬆松 麵面 勛勋
"""
TABLE = {pair[0]: pair[1] for pair in _PAIRS.split() if pair[0] != pair[1]}
MIN_HITS = 20  # traditional characters in a text, and
MIN_KINDS = 5  # distinct ones, before it is taken for a traditional-character report


# a mirror's reading aid: tone-marked pinyin in brackets right after a character ("據(jù)", "網(wǎng)站", "發(fā)"); only
# that form (a tone mark in it, no space, no capital): "(一)", "(2022)", "(PDF)", "（试行）" stay
_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


def strip_pinyin(text: str) -> str:
    """The text without pinyin annotations after its characters ("根據(jù)" → "根據")."""
    return _PINYIN.sub("", text)


def simplified(text: str) -> str:
    return "".join(TABLE.get(ch, ch) for ch in text)


def is_traditional(text: str) -> bool:
    hits = [ch for ch in text if ch in TABLE]
    return len(hits) >= MIN_HITS and len(set(hits)) >= MIN_KINDS


def simplify_blocks(blocks: list[Block]) -> list[Block] | None:
    """The blocks in simplified characters when they are a traditional-character report, else None."""
    text = "".join(b if isinstance(b, str) else "".join(b.cells) for b in blocks)
    if not is_traditional(text):
        return None
    return [simplified(b) if isinstance(b, str) else dataclasses.replace(b, cells=tuple(simplified(c) for c in b.cells))
            for b in blocks]
