"""A synthetic designation register for the screening scale benchmark.

Persons and organisations in five script families (Latin, Cyrillic, Han,
Arabic/Urdu, Devanagari), with aliases. Names are drawn from frequency
distributions calibrated per culture against public name statistics. The most
common names stay the real ones, with about their real shares, and the tails
are long, so full names repeat about as often as they do in a real population
of that size:

- **Head.** The most common names carry their approximate real share of the
  population. The figures are rounded from published counts and vary between
  sources, so they are approximate:

  ============  =====================================================================
  Latin         eight origins (English 34 %, Spanish 20 %, German 9 %, Portuguese 8 %,
                French 8 %, Italian 8 %, Turkish 7 %, Polish 6 %), each with its own
                names. English follows the US Census 2010 surnames (Smith 0.83 %,
                Johnson 0.66 %, Williams 0.55 %) and the 1990 given names (James
                3.3 %, John 3.3 % of men; Mary 2.6 % of women). Spanish: García
                3.1 %, González/Rodríguez 2 % (INE). Portuguese/Brazilian: Silva
                7 %, Maria 11 % of women, José 5 % of men. German: Müller 0.9 %,
                Schmidt 0.6 %. French: Martin 0.35 %. Italian: Rossi 0.3 %. Polish:
                Nowak 0.5 %. Turkish: Yılmaz 1 %, Mehmet 4 % of men, Fatma 4 % of
                women.
  Cyrillic      Ivanov ≈ 1 % and Smirnov ≈ 0.95 % (sources differ on which leads),
                then Kuznetsov 0.75 %, Popov 0.6 %. Aleksandr ≈ 7.5 %, Sergei
                6.5 % of men; Yelena 6 %, Olga 5.5 % of women. Russian men's names
                are really that concentrated; the patronymic makes full names
                distinct.
  Han           household registration 2020: Wang 7.1 %, Li 6.9 %, Zhang 6.5 %,
                Liu 5.2 %, Chen 4.6 %, with the top 100 surnames ≈ 85 % (257 are
                listed). About 22 % of given names have one character (伟 alone
                ≈ 0.3 % of people, hence 张伟/王伟 ≈ 0.02 %). The rest have two
                characters: 7 % of them are set names such as 秀英, the others
                are composed from several hundred name characters, homophones
                included (伟/维/玮/薇, 静/晶/婧/菁).
  Arabic/Urdu   Muhammad ≈ 17 % of men, Ahmed 6 %, Ali 4.5 %. This is real: in
                Pakistan and much of the Arab world Muhammad is the commonest
                first name by far. Fatima 8 % of women. Khan is 2.5 % of family
                names; the rest are clan names, nisbas (al-X-i), Al- + a name.
  Devanagari    Kumar 6 %, Singh 5 %, Sharma 3 % (no census of names is published,
                so these shares are estimates); given names at most ≈ 1.4 %.
                Devi is the surname of 8 % of women, and a woman is Kumari where
                a man would be Kumar.
  ============  =====================================================================

- **Tail.** After its last listed share, each list continues the curve as a
  power law whose exponent is fitted so that the list sums to 100 %
  (``_head_tail``). The tails are long: hand-written names, then surnames
  composed from stems and suffixes (Latin, Russian, Turkish compounds), Han
  given names composed from two characters, and Arabic family names formed
  from places and given names. Some lists are too short to carry the rest of
  100 % below their last listed share, such as the hundred given names of a
  smaller Latin origin, which stand for thousands. In those lists only the
  first shares are kept, and the rest of the list shares the remainder about
  evenly.
- **Organisations.** Names are composed from brand, place, sector and legal
  form vocabularies (Russian syllable compounds such as Промстройсервис,
  Chinese 字号 + 行业, Arabic form + name + activity), so that they are mostly
  distinct, as in a real register. The largest crowds are of 3 to 8 entries,
  with generic names such as ООО «Вектор» or شركة التقوى الدولية.

``bench/screening/crowds.py`` prints the crowds that result (README.md has
the tables). In the 606,061-entry register, the most common full person name
of a culture is ≤ 0.05 % of that culture's persons (Han ≤ 0.1 %), while the
common surnames stay common.

Every entry is a pure function of ``(seed, entry number)``. The register can
therefore be streamed without being held in memory, and the query generator
(``variants.py``) can ask again for the structured parts of any entry.

This module holds the register's *own* renderings: ICAO 9303 transliteration
of Cyrillic, Hanyu Pinyin, and one fixed Latin spelling per Arabic and
Devanagari name. ``variants.py`` renders the same parts through other tables.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Generic, TypeVar

import numpy as np
from pypinyin import lazy_pinyin
from pypinyin.constants import PHRASES_DICT

from accord.register.models import Schema

T = TypeVar("T")


def _words(text: str) -> list[str]:
    return text.split()


class Weighted(Generic[T]):
    """Draw items with probability ∝ their weight."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        assert items and len(items) == len(weights)
        self.items = list(items)
        self.cum = list(itertools.accumulate(weights))
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect.bisect(self.cum, rng.random() * self.total)]


class Zipf(Weighted[T]):
    """Draw items with probability ∝ 1 / rank**s (rank 1 = first item)."""

    def __init__(self, items: Sequence[T], s: float = 1.0) -> None:
        super().__init__(items, [1.0 / (r**s) for r in range(1, len(items) + 1)])


def _tail_exponent(last: float, mass: float, r0: int, n: int) -> float:
    """The exponent s of tail weights ∝ rank**-s (ranks r0+1 .. r0+n) that carry ``mass`` in all and start
    where the head's curve, ending at share ``last`` at rank r0, would continue. 0 (flat) if even a flat
    tail starts higher, i.e. if the listed tail is too short for its mass."""
    ranks = np.arange(r0 + 1, r0 + n + 1, dtype=float)
    lo, hi = 0.0, 6.0
    for _ in range(40):
        s = (lo + hi) / 2
        w = ranks**-s
        if mass * w[0] / w.sum() > last * (r0 / (r0 + 1)) ** s:
            hi = s
        else:
            lo = s
    return lo


def _head_tail(head: Sequence[tuple[T, float]], tail: Sequence[T]) -> Weighted[T]:
    """``head``: items with their real share in percent, most common first; ``tail``: the other items, most
    common first. The tail carries the rest of 100 % on a power law continuing the head (``_tail_exponent``).
    Where the listed tail is too short to carry the rest below the head's last share (a list of a hundred
    given names stands for thousands), the head is shortened: its last items join the tail, so that no tail
    item is drawn more often than a head item, and the shares of the remaining head stay real."""
    head = list(head)
    seen = {x for x, _ in head}
    tail = [x for x in dict.fromkeys(tail) if x not in seen]
    while len(head) > 1 and tail and (100.0 - sum(p for _, p in head)) / len(tail) > head[-1][1]:
        tail.insert(0, head.pop()[0])
    items = [x for x, _ in head]
    weights = [p for _, p in head]
    mass = 100.0 - sum(weights)
    assert mass > 0 or not tail, "head shares exceed 100 %"
    if tail:
        r0 = len(head)
        s = _tail_exponent(weights[-1], mass, r0, len(tail)) if head else 1.0
        w = np.arange(r0 + 1, r0 + len(tail) + 1, dtype=float) ** -s
        weights += list(mass * w / w.sum())
        items += tail
    return Weighted(items, weights)


def _spec(text: str) -> list[tuple[str, float | None]]:
    """Whitespace-separated ``name`` or ``name:percent`` tokens; ``_`` stands for a space inside a name."""
    out: list[tuple[str, float | None]] = []
    for tok in text.split():
        name, _, pct = tok.rpartition(":") if ":" in tok else (tok, "", "")
        out.append((name.replace("_", " "), float(pct) if pct else None))
    return out


def _lexicon(text: str, extra: Sequence[str] = ()) -> Weighted[str]:
    """A list written as ``_spec`` tokens (the head with shares first), then ``extra`` as further tail."""
    items = _spec(text)
    head = [(x, p) for x, p in items if p is not None]
    return _head_tail(head, [x for x, p in items if p is None] + list(extra))


Pair = tuple[str, str]  # (native script, the register's Latin spelling)


def _pairs(text: str) -> list[tuple[Pair, float | None]]:
    """``native=Latin`` or ``native=Latin:percent`` tokens (``_`` for a space)."""
    out: list[tuple[Pair, float | None]] = []
    for name, pct in _spec(text):
        native, _, latin = name.partition("=")
        assert native and latin, name
        out.append(((native, latin), pct))
    return out


def _pair_lexicon(items: Sequence[tuple[Pair, float | None]], extra: Sequence[Pair] = ()) -> Weighted[Pair]:
    head = [(x, p) for x, p in items if p is not None]
    return _head_tail(head, [x for x, p in items if p is None] + list(extra))


def _shuffled(items: Sequence[T], label: str) -> list[T]:
    out = list(items)
    random.Random(label).shuffle(out)
    return out


# --- Cyrillic (Russian) -------------------------------------------------------------------------------

RU_SURNAMES = """
Иванов:1.0 Смирнов:0.95 Кузнецов:0.75 Попов:0.6 Васильев:0.5 Петров:0.5 Соколов:0.45 Михайлов:0.4 Новиков:0.36
Фёдоров:0.35 Морозов:0.33 Волков:0.32 Алексеев:0.3 Лебедев:0.3 Семёнов:0.28 Егоров:0.27 Павлов:0.26 Козлов:0.25
Степанов:0.24 Николаев:0.24 Орлов:0.23 Андреев:0.22 Макаров:0.22 Никитин:0.21 Захаров:0.2 Зайцев:0.2 Соловьёв:0.2
Борисов:0.19 Яковлев:0.19 Григорьев:0.18
Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин
Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов
Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков
Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев
Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов
Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов
Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов
Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев Харитонов Князев Цветков
Левин Митрофанов Воронцов Суворов Рыбаков Блинов Дьячков Зуев Гордеев Кулагин Ершов Рябов Веселов Большаков Суханов
Ширяев Шестаков Дорофеев Бобров Петухов Исаков Аксёнов Кудряшов Третьяков Мухин Горшков Селезнёв Панфилов Копылов
Лобанов Лукин Беляков Некрасов Хохлов Жданов Шилов Дроздов Игнатьев Савин Логинов Сафонов Капустин Елисеев Кошелев
Костин Горбачёв Орехов Евдокимов Калашников Кабанов Носков Лапин Агафонов Муравьёв Ларионов Федосеев Зимин Пахомов
Шубин Игнатов Крюков Рогов Кулаков Терентьев Молчанов Владимиров Артемьев Гурьев Зиновьев Кононов Дементьев Ситников
Мишин Фадеев Комиссаров Мамонтов Носов Гуляев Шаров Устинов Вишняков Евсеев Лаврентьев Брагин Константинов Корнилов
Авдеев Зыков Шарапов Никонов Щукин Одинцов Сазонов Якушев Красильников Самойлов Беспалов Уваров Шашков Бобылёв
Доронин Белозёров Рожков Самсонов Мясников Лихачёв Буров Сысоев Фомичёв Русаков Стрелков Гущин Тетерин Колобов
Субботин Фокин Блохин Селиверстов Пестов Силин Меркушев Лыткин Туров Шевченко Бондаренко Коваленко Кравченко
Ткаченко Мельниченко Лысенко Руденко Савченко Марченко Ковальчук Полищук Кравчук Бойко Мартынюк Белых Седых Долгих
Черных Кривых Толстых Русских Быстрых Глухих Рыжих Косых Сухих
"""
# Stems for the long tail (nicknames, trades, animals, places, old given names) and their suffixes.
RU_STEMS = _words(
    "Бел Чёрн Сер Рыж Лыс Кудр Гром Тих Добр Хмел Мороз Сокол Ястреб Голуб Ворон Грач Журавл Лебед Щегл Кузнец "
    "Плотник Гончар Бондар Мельник Пахар Рыбак Охотник Ткач Шуб Лук Реп Капуст Горох Пшен Дуб Берёз Клён Лип Сосн "
    "Ельц Камен Песк Болот Озер Речн Полев Лесн Горн Степн Заруб Подгор Загор Кравч Шевч Ковал Бойч Марч Гриц Гал "
    "Бурл Забол Тимош Остап Прох Сав Фом Тит Яким Кирил Евсе Аким Агап Анис Антип Аверк Бажен Вавил Гаврил Демид "
    "Евдок Ерем Ефим Зинов Игнат Ларион Калин Карп Климент Кондрат Корн Кузьм Лавр Мартын Мирон Митрофан Назар Наум "
    "Нестер Никиф Пантел Парфен Прокоп Родион Самойл Сафрон Спиридон Тарас Терент Трофим Устин Фадд Фирс Харитон "
    "Ярем Барс Бобр Волк Кот Лис Медвед Орл Сом Щук Окун Карас Налим Сазан Ерш Вьюн Жук Комар Пчел Шмел Сорок "
    "Синиц Снегир Дрозд Скворц Чиж Стриж Гус Утк Петух Быч Коз Баран Овч Конюх Пастух Пекар Сапожн Портн Кожевн "
    "Столяр Токар Слесар Писар Дьяк Звонар Сторож Ямщик Купц Меньш Больш Стар Молод Мал Велик Долг Кругл Толст Тонк "
    "Худ Кос Крив Глух Ряб Рус Чуд Морд Татар Литв Немч Ляш Греч Турч Сибир Волог Тул Рязан Смолен Твер Калуж "
    "Псков Вятк Перм Казан Донск Кубан Терск Ладог Онег Валда Ростов Суздал Муром Углич Касим Елец Орш Брянц "
    "Курск Белгород Воронеж Саратов Самар Вольск Ирбит Тобол Тюмен Омск Томск Барнаул Бийск Чит Нерчинск Якут "
    "Камч Амур Сахал Байкал Ангар Енисей Лен Обск Иртыш Урал Печор Двин Мезен Кам Вятск Сур Мокш Цн Хопер Медвед "
    "Ольх Рябин Калин Малин Смород Черёмух Орех Жёлуд Осин Ивн Вяз Ясен Тополь Кедр Пихт Лиственн Сиреневск "
    "Булат Тимир Айдар Ильяс Рашид Салават Ахмет Гариф Шариф Мурат Рустам Тагир Фарид Шамил Юсуп"
)
RU_SUFFIXES = ("ов", "ин", "ский", "енко", "ук")
RU_MALE = """
Александр:7.5 Сергей:6.5 Дмитрий:5 Андрей:5 Алексей:5 Владимир:4 Евгений:3.5 Игорь:3 Николай:3 Михаил:3 Максим:2.8
Иван:2.6 Юрий:2.4 Олег:2.2 Виктор:2.1 Павел:2 Денис:1.9 Роман:1.8 Артём:1.7 Вячеслав:1.5 Анатолий:1.4
Константин:1.4 Валерий:1.3 Владислав:1.2 Антон:1.2 Никита:1.1 Илья:1.1 Кирилл:1.1 Вадим:1.0 Василий:1.0
Виталий Геннадий Георгий Борис Григорий Пётр Станислав Леонид Даниил Егор Руслан Тимур Ярослав Степан Глеб Лев
Матвей Тимофей Фёдор Аркадий Арсений Эдуард Артур Марк Семён Ефим Захар Савелий Платон Всеволод Святослав Филипп
Данила Марат Ринат Рустам Ильдар Айдар Азат Вениамин Герман Ростислав Мирослав Богдан Игнат Макар Прохор Тихон
Елисей Валентин Яков Родион Эльдар Феликс Кузьма Фома Назар Роберт Альберт Эрик Лука Герасим Зиновий Лаврентий
Афанасий Гавриил Демьян Евдоким Иннокентий Исаак Климент Леон Мстислав Мурат Нестор Оскар Потап Ренат Самуил Тарас
Трофим Устин Фаддей Филимон Харитон Юлиан Ян Анисим Аким Архип Венедикт Владлен Добрыня Ерофей Кондрат Корней
Лазарь Мартын Мирон Наум Никифор Пантелей Прокофий Савва Спартак Тагир Шамиль Эмиль
"""
RU_FEMALE = """
Елена:6 Ольга:5.5 Наталья:5.5 Татьяна:5 Ирина:4.5 Светлана:4 Анна:3.5 Мария:3 Екатерина:3 Юлия:3 Людмила:2.5
Галина:2.5 Марина:2.5 Анастасия:2.5 Валентина:2 Надежда:2 Оксана:1.6 Виктория:1.5 Дарья:1.5 Любовь:1.4 Евгения:1.3
Ксения:1.2 Алина:1.1 Полина:1.0 Нина:1.0
Лариса Тамара Вера Алёна Софья Валерия Вероника Диана Елизавета Жанна Зинаида Зоя Инна Карина Кира Кристина Лидия
Лилия Майя Маргарита Милана Нонна Раиса Регина Римма Ульяна Эльвира Эмилия Яна Антонина Василиса Варвара Ангелина
Арина Алла Анжела Ева Есения Злата Клавдия Лада Снежана Стефания Таисия Фаина Элина Юлиана Александра Альбина
Ариадна Вита Владислава Дина Евдокия Зарина Изабелла Инга Лиана Лия Мирослава Нелли Олеся Прасковья Роза Руслана
Сабина Серафима Станислава Эвелина Ярослава Агата Аделина Алиса Аминат Василина Гульнара Дарина Ираида Камила
Любава Мадина Наиля Розалия Светлана Эльмира Ирма
"""

ICAO_CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        _words("a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y _ e iu ia"),
        strict=True,
    )
)
ICAO_CYR["ь"] = ""


@cache
def icao(text: str) -> str:
    """Cyrillic → Latin by ICAO Doc 9303 (Russian passports since 2013)."""
    out = []
    for ch in text:
        lo = ch.lower()
        t = ICAO_CYR.get(lo, ch)
        out.append(t.capitalize() if ch != lo and t else t)
    return "".join(out)


def ru_feminine(surname: str) -> str:
    for m, f in (("ский", "ская"), ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"), ("цов", "цова")):
        if surname.endswith(m):
            return surname[: -len(m)] + f
    return surname  # -енко, -ук, -ых do not decline


# Fathers' names whose patronymic is irregular: (male, female).
_RU_PATRONYMICS = {
    "Пётр": ("Петрович", "Петровна"), "Павел": ("Павлович", "Павловна"), "Лев": ("Львович", "Львовна"),
    "Яков": ("Яковлевич", "Яковлевна"), "Илья": ("Ильич", "Ильинична"), "Кузьма": ("Кузьмич", "Кузьминична"),
    "Фома": ("Фомич", "Фоминична"), "Лука": ("Лукич", "Лукинична"), "Данила": ("Данилович", "Даниловна"),
    "Савва": ("Саввич", "Саввична"), "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Георгий": ("Георгиевич", "Георгиевна"), "Добрыня": ("Добрынич", "Добрынична"),
}  # fmt: skip


def ru_patronymic(father: str, female: bool) -> str:
    if father in _RU_PATRONYMICS:
        return _RU_PATRONYMICS[father][female]
    if father.endswith("ий"):  # Валерий → Валерьевич
        return father[:-2] + ("ьевна" if female else "ьевич")
    if father.endswith(("й", "ь")):  # Сергей → Сергеевич, Игорь → Игоревич
        return father[:-1] + ("евна" if female else "евич")
    if father.endswith("а"):  # Никита → Никитич
        return father[:-1] + ("ична" if female else "ич")
    return father + ("овна" if female else "ович")


@cache
def _ru_surnames() -> Weighted[str]:
    tail = [s + suf for s, suf in itertools.product(dict.fromkeys(RU_STEMS), RU_SUFFIXES)]
    return _lexicon(RU_SURNAMES, _shuffled(tail, "ru_sur"))


# --- Han (Chinese) ------------------------------------------------------------------------------------

# Share of the population, household registration 2020 (top 20), then in order of frequency.
ZH_SURNAMES_HEAD = """
王:7.1 李:6.9 张:6.5 刘:5.2 陈:4.6 杨:3.3 黄:2.4 赵:2.0 吴:2.0 周:1.9
徐:1.3 孙:1.3 马:1.2 朱:1.1 胡:1.1 郭:1.1 何:1.0 高:1.0 林:0.95 罗:0.9
"""
ZH_SURNAMES_TAIL = [
    *"郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹"
    "孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄"
    "聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴"
    "蒙鲍华喻祁蒲房滕屈饶牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全"
    "佟应臧闵苟邬边卞姬师和栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池麻苑迟邝",
    "欧阳", "司马", "诸葛", "上官", "东方", "司徒", "慕容", "皇甫",
]  # fmt: skip
# Single-character given names: share of single-character names (伟 ≈ 0.3 % of people), then by frequency.
ZH_SINGLE_HEAD = """
伟:1.4 芳:1.1 敏:1.0 静:1.0 丽:0.9 强:0.9 磊:0.9 军:0.9 洋:0.8 勇:0.8
艳:0.8 杰:0.8 娟:0.7 涛:0.7 明:0.7 超:0.7 霞:0.6 平:0.6 刚:0.6 燕:0.6
"""
ZH_SINGLE_TAIL = (
    "辉玲桂丹萍鹏华红玉飞斌宇浩凯健俊峰亮波宁林云海文晨欣怡佳雪梅琳婷颖倩琴英慧莉蕾洁璐瑶琪薇蓉萌馨妍"
    "雯君昊轩航宸铭哲辰峻钧博翔帅彬毅鑫阳旭晖诚坤龙虎彪东新忠荣胜利兵民庆福贵昌春秋冬雷松柏楠森岩山"
    "川江河源泉清澄瀚渊朗康泰安欢悦笑依伊琦锐凡帆晶虹苗娜晗涵璇彤青珊佩蕊茜露媛嫣婉娇妮姗婧菁琼瑾瑜"
    "珍珠翠凤兰菊荷莲月星晴霖锋枫丰韬楷亭庭茹淼鸣维玮骅桦仪宜萱宣心羽语婕麟睿琛玥跃莹盈鸿宏凝焱晔炜"
    "烨灿煜熙曦昕晟昱晋璋瑞祥禄寿喜智勤俭淳蔚巍岚峥嵘鹤鹰骏驰腾威武雄豪魁彦章德仁义礼信孝良善真贤思"
    "谦逸潇晏琰玺钰铮锦绣纯素雅贞淑惠娴婵娥妙姿容颜黛翡瑛"
)
# Two-character given names: set names (7 % of them), and first and second characters for the rest.
ZH_SET_NAMES = _words(
    "秀英 桂英 秀兰 玉兰 桂兰 秀珍 凤英 玉珍 玉英 兰英 玉梅 凤兰 秀云 桂珍 淑珍 淑兰 淑英 建华 建国 建军 建平 建新 "
    "志强 志明 志刚 志勇 志伟 海燕 海涛 海峰 晓明 晓东 晓燕 晓红 晓丽 丽娟 丽华 丽萍 红霞 红梅 春梅 春花 春燕 文华 "
    "国华 国强 国庆 国平 振华 德明 金凤 金兰 玉华 秀梅 秀华 桂芳 美玲 美华 丽丽 婷婷 晶晶 欢欢 佳怡 子涵 子轩 浩然 "
    "梓涵 欣怡 雨涵 一诺 宇轩 浩宇 梓轩 雨泽 子墨 思涵 诗涵 梦琪 欣妍 紫涵 子豪 俊杰 宇航 博文 天佑 皓轩 雨桐 可馨 "
    "嘉怡 明轩 鹏飞 志华 立新 卫东 卫国 爱华 爱民 建伟 建明 永强 永红 红英 小红 小燕 小明 小龙 小兵 小军 文杰 文静 "
    "雪梅 丽霞 秀芳 淑华 桂香 玉凤 凤霞 海波 海军 红军 建勇 建林 春生 金华 德华 永刚 永军 晓峰 晓华 晓梅 俊峰"
)
ZH_FIRST = (
    "子梓欣雨思佳嘉一宇浩俊晓小志建海国文明春秀玉丽红美金永德天家立新伟振世光成学云凤桂淑素兰月雪婷"
    "静晨若语诗梦紫可雅心亦逸沐泽博皓睿奕宏鹏鸿锦瑞荣泰安庆福富贵宝良忠义仁智恩惠慧敏秋冬夏晴婉芳翠"
    "彩冰玲琳瑶琪璐萌馨妍颖倩艺雯君昊轩航宸煜铭哲辰凯钧承景正兴书卫爱胜利保喜连有先宗绍耀维卓启少万"
    "昌汉亚巧艳彤丹青晶宁佩珊洁苗莉晗怡悦依伊楠琦锐凡杰伯仲叔季孟兆庭鹤松柏竹梅菊荷莲星阳旭朗江河山"
    "岩石川雷霖泉清洋彬武兵军民华中东南西北京延远达道奇桐晋昱尚展舒益增根树林森"
)
ZH_SECOND = (
    "涵轩萱怡宇浩然杰豪琪瑶欣彤婷娜静丽敏芳华明军伟强勇平辉峰涛波磊斌刚超飞鹏龙凯亮宁林云海文晨佳雪"
    "梅琳颖倩琴英慧莉蕾洁璐薇蓉萌馨妍雯君昊航宸铭哲辰峻钧博翔帅彬毅鑫阳旭晖诚坤虎东新忠荣胜利兵民庆"
    "福贵昌春秋冬雷松柏楠森岩山川江河源泉清瀚渊朗康泰安欢悦依伊琦锐凡帆晶虹苗晗璇青珊佩蕊茜露媛嫣婉"
    "娇妮婧菁琼瑾瑜珍珠翠凤兰菊荷莲月星晴霖锋枫丰韬楷亭庭茹淼鸣维玮骅桦仪宜宣心羽语婕麟睿琛玥跃莹盈"
    "鸿宏凝焱晔炜烨灿煜熙曦昕晟昱晋璋瑞祥禄寿喜智勤淳蔚巍岚嵘鹤骏驰腾威武雄魁彦章德仁义礼信良善贤谦"
    "逸潇琰玺钰铮锦纯素雅贞淑惠娴娥妙姿容颜黛瑛国生成元田全发才光根红霞艳燕玲丹萍玉桂菲妹娟俊健"
)
ZH_SINGLE_SHARE = 0.22
ZH_SET_SHARE = 0.07  # of two-character names

ZH_ORG_PLACES = _words(
    "深圳 上海 北京 广州 天津 重庆 杭州 宁波 厦门 青岛 大连 苏州 南京 武汉 成都 西安 东莞 佛山 香港 珠海"
)
ZH_ORG_CHARS = (
    "华信通达鑫隆兴宏昌恒泰盛源丰富瑞祥和安康美佳嘉汇联创科新金银宝天海远航星光明辉博润泽诚德益利顺发成"
    "久永荣耀伟凯腾飞龙凤鹏麒麟中国东方南北西京沪粤闽浙苏川湘鲁豫晋冀辽吉蒙宁青云贵桂琼港亿万千正大宇"
    "立卓越优精品智慧力合众诺平盈泓洲洋际环球华茂锦绣鼎晟皓骏驰铭轩豪雄威盛宸"
)
ZH_ORG_TRADES = _words(
    "科技 贸易 实业 能源 航运 物流 电子 机械 化工 医药 建材 投资 控股 国际贸易 进出口 船务 石油 矿业 钢铁 纺织 "
    "食品 农业 电气 网络 信息技术 生物科技 新材料 环保 房地产开发 建设工程 汽车 通信 半导体 光电 精密 五金 塑胶 "
    "服饰 置业 资产管理 商贸 供应链 贸易发展 工业 集团"
)


# Surnames whose reading as a surname is not the character's usual one (曾 is Zeng, not ceng).
_SURNAME_READINGS = {"曾": ["zeng"], "覃": ["qin"], "缪": ["miao"], "翟": ["zhai"]}


@cache
def _char_pinyin(han: str) -> str:
    return str(lazy_pinyin(han, v_to_u=True)[0])


@cache
def pinyin(han: str) -> list[str]:
    """Hanyu Pinyin syllables of ``han``. A string of one or two characters that pypinyin does not know as a
    phrase is read character by character (what ``lazy_pinyin`` does then too, only faster)."""
    if han in _SURNAME_READINGS:
        return list(_SURNAME_READINGS[han])
    if len(han) <= 2 and han not in PHRASES_DICT:
        return [_char_pinyin(c) for c in han]
    return list(lazy_pinyin(han, v_to_u=True))


# --- Arabic / Urdu ------------------------------------------------------------------------------------
# (Arabic script, the register's Latin spelling); shares of men / women / family names, most frequent first.

AR_MALE = """
محمد=Muhammad:17 أحمد=Ahmed:6 علي=Ali:4.5 عبد_الله=Abdullah:3 حسن=Hassan:2.5 حسين=Hussein:2 عمر=Omar:2
خالد=Khalid:1.8 إبراهيم=Ibrahim:1.6 محمود=Mahmoud:1.4 يوسف=Yusuf:1.4 مصطفى=Mustafa:1.3 عبد_الرحمن=Abdul_Rahman:1.2
سعيد=Saeed:1.1 طارق=Tariq:1.0 عمران=Imran:1.0
عرفان=Irfan بلال=Bilal حمزة=Hamza فيصل=Faisal ناصر=Nasser سلمان=Salman زاهد=Zahid جاويد=Javed عثمان=Usman
آصف=Asif راشد=Rashid كريم=Karim جمال=Jamal نور=Noor أسامة=Osama أنور=Anwar منصور=Mansour صالح=Saleh ياسر=Yasser
وليد=Walid شاهد=Shahid ماجد=Majid عادل=Adel عبد_القادر=Abdul_Qadir عبد_العزيز=Abdul_Aziz سليمان=Suleiman
إسماعيل=Ismail مراد=Murad رضا=Reza جعفر=Jafar قاسم=Qasim هارون=Haroon طه=Taha ياسين=Yassin أمين=Amin أيمن=Ayman
باسم=Basim بشير=Bashir جميل=Jamil حاتم=Hatim حامد=Hamid حسام=Hussam حمدي=Hamdi خليل=Khalil رامي=Rami رياض=Riyad
زكريا=Zakariya زياد=Ziad سامي=Sami سامر=Samer سعد=Saad سلطان=Sultan سليم=Salim شريف=Sharif صابر=Sabir صلاح=Salah
ضياء=Diya طلال=Talal عاطف=Atif عامر=Amer عبد_الحميد=Abdul_Hamid عبد_الكريم=Abdul_Karim عبد_المجيد=Abdul_Majid
عبد_الرزاق=Abdul_Razzaq عبد_الناصر=Abdul_Nasser عبد_الحكيم=Abdul_Hakim عبد_اللطيف=Abdul_Latif عبد_الغني=Abdul_Ghani
عبد_الوهاب=Abdul_Wahab عبد_السلام=Abdul_Salam عدنان=Adnan عزيز=Aziz عصام=Issam علاء=Alaa عماد=Imad عمار=Ammar
عوض=Awad غسان=Ghassan فارس=Faris فؤاد=Fouad فهد=Fahd فواز=Fawaz كمال=Kamal لؤي=Louay مازن=Mazen مالك=Malik
محسن=Mohsen مرتضى=Murtaza مهدي=Mahdi ممدوح=Mamdouh منير=Munir نبيل=Nabil نادر=Nader نزار=Nizar نعيم=Naeem
هاني=Hani هشام=Hisham وائل=Wael وسيم=Wasim يحيى=Yahya يونس=Younis إدريس=Idris إلياس=Ilyas أكرم=Akram أشرف=Ashraf
أسعد=Asaad أنس=Anas بدر=Badr تامر=Tamer ثامر=Thamer جابر=Jaber حبيب=Habib حيدر=Haider خضر=Khidr رفيق=Rafiq
زبير=Zubair سفيان=Sufyan شاكر=Shakir شوکت=Shaukat صادق=Sadiq ظفر=Zafar عارف=Arif عاصم=Asim عباس=Abbas
عرفات=Arafat غلام=Ghulam فاروق=Farooq فرحان=Farhan فضل=Fazal قمر=Qamar كاشف=Kashif لطيف=Latif مبارك=Mubarak
مجيد=Majeed مختار=Mukhtar مدثر=Mudassar مشتاق=Mushtaq معاذ=Muadh مقصود=Maqsood ممتاز=Mumtaz منظور=Manzoor
نديم=Nadeem نصير=Naseer نعمان=Noman نوید=Naveed وقار=Waqar وحيد=Waheed يعقوب=Yaqub أيوب=Ayub إسحاق=Ishaq
موسى=Musa عيسى=Isa داود=Dawood نوح=Nuh بكر=Bakr زيد=Zaid مروان=Marwan هيثم=Haitham رائد=Raed باسل=Basil
شادي=Shadi نضال=Nidal إياد=Iyad مؤمن=Momin سمير=Samir منذر=Munther عزام=Azzam أنيس=Anis لقمان=Luqman
سراج=Siraj شفيق=Shafiq توفيق=Tawfiq رؤوف=Rauf شہباز=Shahbaz جہانگیر=Jahangir اسلم=Aslam اکبر=Akbar اعجاز=Ijaz
ارشد=Arshad امجد=Amjad پرویز=Pervez ذوالفقار=Zulfiqar
"""
AR_FEMALE = """
فاطمة=Fatima:8 عائشة=Aisha:4 مريم=Maryam:4 زينب=Zainab:3.5 خديجة=Khadija:3 سارة=Sara:2.5 نور=Noor:2.2
أمينة=Amina:2 آمنة=Amna:1.8 ليلى=Layla:1.6
هدى=Huda رقية=Ruqayya سمية=Sumayya حفصة=Hafsa أسماء=Asma سلمى=Salma هناء=Hana نادية=Nadia سعاد=Suad منى=Mona
رانيا=Rania ريم=Reem دينا=Dina لينا=Lina نسرين=Nasreen ياسمين=Yasmin شيماء=Shaima إيمان=Iman سناء=Sana وفاء=Wafa
أمل=Amal هالة=Hala سميرة=Samira جميلة=Jamila نجلاء=Najla رشا=Rasha علياء=Alia بشرى=Bushra نازیہ=Nazia
شازیہ=Shazia صائمة=Saima رابعة=Rabia عظمى=Uzma فرزانة=Farzana كلثوم=Kulsoom زهرة=Zahra غادة=Ghada لمى=Lama
دعاء=Duaa رحاب=Rehab سهام=Siham عبير=Abeer لبنى=Lubna ميساء=Maysa نوال=Nawal هيفاء=Haifa
"""
AR_FAMILY = """
خان=Khan:2.5 حسين=Hussain:1.5 أحمد=Ahmed:1.2 علي=Ali:1.2 ملك=Malik:1.0 شيخ=Sheikh:0.9 قريشي=Qureshi:0.8
صديقي=Siddiqui:0.7 چودھری=Chaudhry:0.7 بٹ=Butt:0.6
مرزا=Mirza رانا=Rana اعوان=Awan یوسفزئی=Yousafzai آفریدی=Afridi الزهراني=Al-Zahrani القحطاني=Al-Qahtani
الغامدي=Al-Ghamdi الحربي=Al-Harbi العتيبي=Al-Otaibi الشمري=Al-Shammari الدوسري=Al-Dosari المصري=Al-Masri
الحلبي=Al-Halabi البغدادي=Al-Baghdadi التكريتي=Al-Tikriti الكردي=Al-Kurdi حداد=Haddad نجار=Najjar خليل=Khalil
عباس=Abbas رحمن=Rahman اقبال=Iqbal نواز=Nawaz شاه=Shah باجوہ=Bajwa گیلانی=Gilani عباسی=Abbasi انصاری=Ansari
راجپوت=Rajput ارائیں=Arain گجر=Gujjar مغل=Mughal بیگ=Baig سید=Syed بخاری=Bukhari ہاشمی=Hashmi جعفری=Jafri
نقوی=Naqvi رضوی=Rizvi زیدی=Zaidi کاظمی=Kazmi خٹک=Khattak مہمند=Mohmand درانی=Durrani لودھی=Lodhi نیازی=Niazi
سواتی=Swati ترین=Tareen کاکڑ=Kakar مری=Marri بگٹی=Bugti مینگل=Mengal لغاری=Leghari مزاری=Mazari کھوسہ=Khosa
بلوچ=Baloch سومرو=Soomro بھٹو=Bhutto جتوئی=Jatoi میمن=Memon ڈار=Dar لون=Lone وانی=Wani میر=Mir چیمہ=Cheema
گوندل=Gondal وڑائچ=Warraich ساہی=Sahi تارڑ=Tarar کھرل=Kharal ٹوانہ=Tiwana نون=Noon قاضی=Qazi الأنصاري=Al-Ansari
الهاشمي=Al-Hashimi العباسي=Al-Abbasi الحسيني=Al-Husseini الحسني=Al-Hasani الكعبي=Al-Kaabi المري=Al-Marri
النعيمي=Al-Nuaimi الكبيسي=Al-Kubaisi الدليمي=Al-Dulaimi الجبوري=Al-Jubouri العبيدي=Al-Obaidi الساعدي=Al-Saadi
الربيعي=Al-Rubaie الزبيدي=Al-Zubaidi الخزرجي=Al-Khazraji التميمي=Al-Tamimi العنزي=Al-Anazi المطيري=Al-Mutairi
الرشيدي=Al-Rashidi السبيعي=Al-Subaie البلوشي=Al-Balushi الشهري=Al-Shehri العمري=Al-Omari الخطيب=Al-Khatib
الشريف=Al-Sharif العطار=Al-Attar خياط=Khayyat صباغ=Sabbagh عطار=Attar جزار=Jazzar دباغ=Dabbagh قصاب=Qassab
طحان=Tahhan سمان=Samman حلواني=Halwani كحال=Kahhal شامي=Shami حلبي=Halabi مصري=Masri بغدادي=Baghdadi
موصلي=Mosuli حمصي=Homsi بيروتي=Beiruti نابلسي=Nabulsi خليلي=Khalili قدسي=Qudsi عراقي=Iraqi يمني=Yamani
تونسي=Tounsi مغربي=Maghribi جزائري=Jazairi سوداني=Sudani نجدي=Najdi حجازي=Hijazi حوراني=Hourani
"""
# Tail of nisbas: al- + place + -i.
AR_PLACES = """
بصر=Basr كوف=Kuf موصل=Mawsil حمص=Hums يمن=Yaman شام=Sham طرابلس=Tarabuls دمشق=Dimashq قدس=Quds نجد=Najd
حجاز=Hijaz جزائر=Jazair سود=Sud زبير=Zubayr فلاح=Falah سالم=Salim جبور=Jabbur حديث=Hadith عان=An راو=Raw
كربلائ=Karbala نجف=Najaf حل=Hill سامرائ=Samarra بعقوب=Baqub رماد=Ramad فلوج=Falluj كرك=Karak معان=Maan
زرق=Zarq إربد=Irbid سلط=Salt طفيل=Tafil عقب=Aqab نبك=Nabk دير=Dayr رق=Raqq إدلب=Idlib حماو=Hamaw لاذق=Ladhiq
صيداو=Saydaw صور=Sur زحل=Zahl بقاع=Biqa جنوب=Janub شمال=Shamal غرب=Gharb شرق=Sharq قاهر=Qahir إسكندر=Iskandar
أسيوط=Asyut سوهاج=Sohag منوف=Manuf دمياط=Dumyat طنطاو=Tantaw فيوم=Fayyum أسوان=Aswan قن=Qin تعز=Taizz
حضرم=Hadram صنعان=Sanaan عدن=Adan مأرب=Marib جوف=Jawf قصيم=Qasim حائل=Hail تبوك=Tabuk جيزان=Jizan
نجران=Najran باح=Bah عسير=Asir أحسائ=Ahsa قطيف=Qatif زبيد=Zabid مهر=Mahr شحر=Shihr سيوف=Suyuf
"""
AR_ORG_FORMS = "شركة=Company:50 مؤسسة=Foundation:20 مجموعة=Group:15 جمعية=Society:8 مكتب=Office:4 مصرف=Bank:3"
AR_ORG_NAMES = """
النور=Al-Nour الأمل=Al-Amal الفجر=Al-Fajr الهدى=Al-Huda الخير=Al-Khair الرحمة=Al-Rahma السلام=Al-Salam
البركة=Al-Baraka الرشيد=Al-Rashid الوفاء=Al-Wafa الإخلاص=Al-Ikhlas الأمانة=Al-Amana الصفا=Al-Safa المروة=Al-Marwa
الريان=Al-Rayyan الراية=Al-Raya الشروق=Al-Shorouk الخليج=Al-Khaleej الرافدين=Al-Rafidain الفرات=Al-Furat
النيل=Al-Nil الأرز=Al-Arz الشام=Al-Sham الأندلس=Al-Andalus القدس=Al-Quds الحرمين=Al-Haramain الجزيرة=Al-Jazira
الصحراء=Al-Sahara الواحة=Al-Waha النخيل=Al-Nakheel الزيتون=Al-Zaytoun السنابل=Al-Sanabel الينابيع=Al-Yanabee
الكوثر=Al-Kawthar الفردوس=Al-Firdaws البيان=Al-Bayan التقوى=Al-Taqwa الإحسان=Al-Ihsan الإيمان=Al-Iman
اليقين=Al-Yaqeen الرضوان=Al-Ridwan المستقبل=Al-Mustaqbal التقدم=Al-Taqaddum النهضة=Al-Nahda الوحدة=Al-Wahda
الاتحاد=Al-Ittihad التضامن=Al-Tadamun التعاون=Al-Taawun الإعمار=Al-Imar البناء=Al-Binaa الأصالة=Al-Asala
الجود=Al-Jood الكرم=Al-Karam العز=Al-Izz الفخر=Al-Fakhr المجد=Al-Majd النصر=Al-Nasr الظفر=Al-Zafar الفتح=Al-Fath
الهلال=Al-Hilal النجمة=Al-Najma القمر=Al-Qamar الشمس=Al-Shams البحر=Al-Bahr الجبل=Al-Jabal الأفق=Al-Ufuq
الماسة=Al-Masa اللؤلؤة=Al-Lulua المنار=Al-Manar الرواد=Al-Ruwwad الصقر=Al-Saqr العقاب=Al-Uqab النسر=Al-Nasr
الفارس=Al-Faris الأمير=Al-Amir السلطان=Al-Sultan الوطن=Al-Watan الأمة=Al-Umma العروبة=Al-Uruba الشهباء=Al-Shahba
الفيحاء=Al-Fayhaa الزهراء=Al-Zahraa الرحاب=Al-Rehab المدينة=Al-Madina البشائر=Al-Bashaer الثريا=Al-Thuraya
"""
AR_ORG_ACTIVITIES = """
للتجارة=Trading للتجارة_العامة=General_Trading للصرافة=Exchange للنقل=Transport للمقاولات=Contracting
للاستيراد_والتصدير=Import_Export للخدمات_النفطية=Oil_Services للسياحة_والسفر=Travel_Tourism
للصناعات_الغذائية=Food_Industries للاستثمار=Investment للتطوير_العقاري=Real_Estate_Development للشحن=Shipping
للتأمين=Insurance للإلكترونيات=Electronics للأدوية=Pharmaceuticals للحديد_والصلب=Iron_Steel
للمواد_الغذائية=Foodstuffs للمعدات=Equipment للتكنولوجيا=Technology للخدمات_اللوجستية=Logistics للطاقة=Energy
للبناء=Construction للأمن=Security للاتصالات=Telecom للزراعة=Agriculture للحوالات_المالية=Money_Transfer
الخيرية=Charity الإسلامية=Islamic للإغاثة=Relief للتنمية=Development للطيران=Aviation للملاحة=Navigation
للذهب_والمجوهرات=Gold_Jewellery للسيارات=Cars للكيماويات=Chemicals
"""
AR_ORG_QUALIFIERS = (
    "الدولية=International العامة=General المحدودة=Limited القابضة=Holding المتحدة=United الحديثة=Modern"
)


@cache
def _ar_families() -> Weighted[Pair]:
    """Listed family names, then nisbas of places and Al- + a man's name (Al-Hassan). All are one word, as
    ``variants.py`` reorders and drops words. (Abu Khalil would be two.)"""
    tail = [(f"ال{a}ي", f"Al-{lat}i") for (a, lat), _ in _pairs(AR_PLACES)]
    for (a, lat), _ in _pairs(AR_MALE)[1:150]:
        if " " not in a and a[0] not in "اأإآ" and a not in ("أحمد", "علي"):
            tail.append((f"ال{a}", f"Al-{lat}"))
    return _pair_lexicon(_pairs(AR_FAMILY), _shuffled(tail, "ar_family"))


# --- Devanagari (Hindi) -------------------------------------------------------------------------------

HI_MALE = """
राजेश=Rajesh:1.4 सुरेश=Suresh:1.3 रमेश=Ramesh:1.3 महेश=Mahesh:1.1 सुनील=Sunil:1.1 अनिल=Anil:1.1 संतोष=Santosh:1.0
संजय=Sanjay:1.0 मनोज=Manoj:1.0 विजय=Vijay:1.0 अजय=Ajay:0.9 राकेश=Rakesh:0.9 मुकेश=Mukesh:0.9 दिनेश=Dinesh:0.9
अशोक=Ashok:0.8 अमित=Amit:0.8 राहुल=Rahul:0.8 दीपक=Deepak:0.8 प्रदीप=Pradeep:0.8 विनोद=Vinod:0.8
राजू=Raju राम=Ram श्याम=Shyam मोहन=Mohan सोहन=Sohan गोपाल=Gopal कृष्ण=Krishna हरि=Hari शिव=Shiv भरत=Bharat
उमेश=Umesh कमल=Kamal पंकज=Pankaj नवीन=Naveen तरुण=Tarun वरुण=Varun अर्जुन=Arjun करण=Karan सुमित=Sumit
अंकित=Ankit जगदीश=Jagdish योगेश=Yogesh नितिन=Nitin सचिन=Sachin विक्रम=Vikram आदित्य=Aditya रोहित=Rohit
गौरव=Gaurav सौरभ=Saurabh अभिषेक=Abhishek प्रकाश=Prakash किशोर=Kishore नरेंद्र=Narendra रवि=Ravi आनंद=Anand
हरीश=Harish गणेश=Ganesh अरुण=Arun विकास=Vikas राजेंद्र=Rajendra सुरेंद्र=Surendra महेंद्र=Mahendra
जितेंद्र=Jitendra धर्मेंद्र=Dharmendra देवेंद्र=Devendra वीरेंद्र=Virendra रविंद्र=Ravindra उपेंद्र=Upendra
शैलेंद्र=Shailendra गजेंद्र=Gajendra नरेश=Naresh सुभाष=Subhash प्रमोद=Pramod राजीव=Rajiv संदीप=Sandeep
कुलदीप=Kuldeep मनदीप=Mandeep गुरप्रीत=Gurpreet हरप्रीत=Harpreet जसप्रीत=Jaspreet अमरजीत=Amarjeet
सुखविंदर=Sukhwinder बलविंदर=Balwinder मनीष=Manish आशीष=Ashish सतीश=Satish गिरीश=Girish रितेश=Ritesh
हितेश=Hitesh कमलेश=Kamlesh मिथिलेश=Mithilesh अखिलेश=Akhilesh अवधेश=Avadhesh ब्रजेश=Brajesh राजकुमार=Rajkumar
अनूप=Anoop अनुराग=Anurag अभय=Abhay अक्षय=Akshay आकाश=Akash अमन=Aman अंकुर=Ankur अतुल=Atul बृजेश=Brijesh
चंद्रशेखर=Chandrashekhar धीरज=Dheeraj गोविंद=Govind हेमंत=Hemant ईश्वर=Ishwar जय=Jay कपिल=Kapil ललित=Lalit
मदन=Madan मनोहर=Manohar मुरली=Murli नंदन=Nandan ओमप्रकाश=Omprakash पवन=Pawan पीयूष=Piyush प्रशांत=Prashant
प्रवीण=Praveen पुनीत=Puneet रघु=Raghu रजत=Rajat रामेश्वर=Rameshwar रंजन=Ranjan ऋषि=Rishi रूपेश=Rupesh
सागर=Sagar समीर=Sameer शंकर=Shankar शशि=Shashi शेखर=Shekhar श्रवण=Shravan सिद्धार्थ=Siddharth सुधीर=Sudhir
तेजस=Tejas त्रिलोक=Trilok उदय=Uday वैभव=Vaibhav विपिन=Vipin विवेक=Vivek यश=Yash बलराम=Balram
भूपेंद्र=Bhupendra दिलीप=Dilip हरिओम=Hariom जगन्नाथ=Jagannath कैलाश=Kailash लक्ष्मण=Laxman मनमोहन=Manmohan
नंदकिशोर=Nandkishore प्रेम=Prem रामचंद्र=Ramchandra शिवकुमार=Shivkumar सत्येंद्र=Satyendra विनय=Vinay
विश्वनाथ=Vishwanath योगेंद्र=Yogendra
"""
HI_FEMALE = """
सुनीता=Sunita:1.6 अनीता=Anita:1.4 पूजा=Pooja:1.4 प्रिया=Priya:1.3 नेहा=Neha:1.2 कविता=Kavita:1.2 गीता=Geeta:1.1
सीता=Sita:1.0 लक्ष्मी=Lakshmi:1.0 रेखा=Rekha:1.0
सरिता=Sarita ममता=Mamta रीता=Rita संगीता=Sangeeta सुमन=Suman अंजलि=Anjali ज्योति=Jyoti किरण=Kiran मीना=Meena
उषा=Usha आशा=Asha रानी=Rani शांति=Shanti सावित्री=Savitri कमला=Kamla राधा=Radha सरोज=Saroj पुष्पा=Pushpa
निर्मला=Nirmala शीला=Sheela सुशीला=Sushila विमला=Vimla मंजू=Manju रंजना=Ranjana अर्चना=Archana वंदना=Vandana
अनुराधा=Anuradha अनु=Anu दीपा=Deepa दिव्या=Divya स्वाति=Swati श्वेता=Shweta शिल्पा=Shilpa प्रियंका=Priyanka
रश्मि=Rashmi रुचि=Ruchi सोनिया=Sonia मोनिका=Monika निशा=Nisha नीतू=Neetu पिंकी=Pinki काजल=Kajal खुशबू=Khushboo
आरती=Aarti भारती=Bharti चंदा=Chanda गायत्री=Gayatri हेमा=Hema इंदु=Indu जया=Jaya कांता=Kanta लता=Lata माया=Maya
नीलम=Neelam पार्वती=Parvati पद्मा=Padma राखी=Rakhi साधना=Sadhana शालिनी=Shalini शोभा=Shobha सुधा=Sudha तारा=Tara
उमा=Uma वीणा=Veena यशोदा=Yashoda अंकिता=Ankita अपर्णा=Aparna मधु=Madhu मनीषा=Manisha पल्लवी=Pallavi
पूनम=Poonam प्रीति=Preeti रीना=Reena सपना=Sapna सीमा=Seema सोनम=Sonam तनुजा=Tanuja वर्षा=Varsha
"""
HI_SURNAME_LIST = """
कुमार=Kumar:6 सिंह=Singh:5 शर्मा=Sharma:3 यादव=Yadav:2 गुप्ता=Gupta:1.5 वर्मा=Verma:1.2 पटेल=Patel:1.1
मिश्रा=Mishra:1.0 पांडे=Pandey:0.9 तिवारी=Tiwari:0.8
चौहान=Chauhan जोशी=Joshi श्रीवास्तव=Srivastava राठौर=Rathore ठाकुर=Thakur दुबे=Dubey शुक्ला=Shukla
त्रिपाठी=Tripathi अग्रवाल=Agarwal जैन=Jain मेहता=Mehta नायर=Nair रेड्डी=Reddy राव=Rao चौधरी=Chaudhary बंसल=Bansal
गोयल=Goyal सक्सेना=Saxena भट्ट=Bhatt देसाई=Desai कपूर=Kapoor खन्ना=Khanna मल्होत्रा=Malhotra सेठी=Sethi
अरोड़ा=Arora भाटिया=Bhatia चोपड़ा=Chopra पांडेय=Pandey द्विवेदी=Dwivedi चतुर्वेदी=Chaturvedi सिन्हा=Sinha
प्रजापति=Prajapati कुशवाहा=Kushwaha मौर्य=Maurya निषाद=Nishad पाल=Pal सोनी=Soni रस्तोगी=Rastogi माथुर=Mathur
बघेल=Baghel अहिरवार=Ahirwar बाजपेयी=Bajpai बर्मन=Barman भारद्वाज=Bhardwaj बिष्ट=Bisht चौरसिया=Chaurasia दास=Das
दीक्षित=Dixit गर्ग=Garg गिरि=Giri गोस्वामी=Goswami जायसवाल=Jaiswal झा=Jha कश्यप=Kashyap खंडेलवाल=Khandelwal
कोहली=Kohli लाल=Lal महतो=Mahto मलिक=Malik मंडल=Mandal मीणा=Meena मित्तल=Mittal नागर=Nagar नेगी=Negi ओझा=Ojha
पाठक=Pathak प्रसाद=Prasad राजपूत=Rajput रावत=Rawat सैनी=Saini साहू=Sahu सेन=Sen शाह=Shah शेखावत=Shekhawat
सोलंकी=Solanki सूद=Sood तंवर=Tanwar त्यागी=Tyagi उपाध्याय=Upadhyay वाजपेयी=Vajpayee व्यास=Vyas अवस्थी=Awasthi
भगत=Bhagat धवन=Dhawan गहलोत=Gehlot गोयनका=Goenka कटियार=Katiyar नंदा=Nanda पुरी=Puri राणा=Rana सहगल=Sehgal
सिद्धू=Sidhu टंडन=Tandon विश्वकर्मा=Vishwakarma बत्रा=Batra आहूजा=Ahuja ढिल्लों=Dhillon गिल=Gill ग्रेवाल=Grewal
संधू=Sandhu भल्ला=Bhalla मेहरा=Mehra बैरागी=Bairagi भदौरिया=Bhadauria चंदेल=Chandel डोगरा=Dogra गौड़=Gaur
हुड्डा=Hooda जाखड़=Jakhar कौशिक=Kaushik लांबा=Lamba मान=Maan नरवाल=Narwal पुनिया=Punia राठी=Rathi सांगवान=Sangwan
तोमर=Tomar वशिष्ठ=Vashishtha अत्री=Atri भार्गव=Bhargava गोयल=Goyal कालरा=Kalra मेहरोत्रा=Mehrotra निगम=Nigam
पंत=Pant रैना=Raina सप्रू=Sapru टिक्कू=Tikku वाधवा=Wadhwa
"""
HI_MIDDLE_LIST = """
कुमार=Kumar:40 प्रसाद=Prasad:8 लाल=Lal:7 चंद्र=Chandra:6 नाथ=Nath:5 प्रताप=Pratap:4 देव=Dev:4 राज=Raj:4
पाल=Pal:3 नारायण=Narayan:3 मोहन=Mohan:3 किशोर=Kishore:3 शंकर=Shankar:3 कांत=Kant:3 भूषण=Bhushan:2 प्रकाश=Prakash:2
"""
HI_DEVI = ("देवी", "Devi")
HI_KUMAR, HI_KUMARI = ("कुमार", "Kumar"), ("कुमारी", "Kumari")  # a woman is Kumari where a man is Kumar

# --- Latin --------------------------------------------------------------------------------------------
# Eight origins, each with (male, female, surname) lists whose heads carry real shares (percent), plus
# stems and suffixes for a composed surname tail, and the rate of a second (Iberian) surname.


@dataclass(frozen=True)
class _Origin:
    share: float
    male: str
    female: str
    surnames: str
    stems: str
    suffixes: str
    double: float


LA_ORIGINS: dict[str, _Origin] = {
    "en": _Origin(
        0.34,
        """James:3.32 John:3.27 Robert:3.14 Michael:2.63 William:2.45 David:2.36 Richard:1.70 Charles:1.52
        Joseph:1.40 Thomas:1.38 Christopher:1.04 Daniel:0.97 Paul:0.95 Mark:0.94 Donald:0.93 George:0.93
        Kenneth:0.83 Steven:0.78 Edward:0.78 Brian:0.74 Ronald:0.73 Anthony:0.72 Kevin:0.67 Jason:0.66
        Matthew:0.66 Gary:0.65 Timothy:0.64
        Larry Jeffrey Frank Scott Eric Stephen Andrew Raymond Gregory Joshua Jerry Dennis Walter Patrick Peter
        Harold Douglas Henry Carl Arthur Ryan Roger Jack Albert Jonathan Justin Terry Gerald Keith Samuel Willie
        Ralph Lawrence Nicholas Roy Benjamin Bruce Brandon Adam Harry Fred Wayne Billy Louis Jeremy Aaron Randy
        Howard Eugene Russell Bobby Victor Martin Ernest Phillip Todd Jesse Craig Alan Shawn Clarence Sean Philip
        Johnny Earl Jimmy Danny Bryan Tony Stanley Leonard Nathan Dale Rodney Curtis Norman Allen Marvin Vincent
        Glenn Travis Chad Jacob Lee Melvin Alfred Kyle Francis Bradley Herbert Frederick Ray Joel Edwin Eddie Ricky
        Troy Randall Barry Alexander Bernard Leroy Marcus Theodore Clifford Oscar Jay Calvin Alex Jon Ronnie Lloyd
        Tommy Leon Derek Warren Darrell Jerome Floyd Leo Alvin Wesley Gordon Dean Dustin Derrick Lewis Zachary
        Corey Herman Maurice Vernon Clyde Glen Shane Lester Brent Charlie Tyler Gilbert Gene Ethan Liam Noah Logan
        Mason Owen Connor Evan Gavin Hunter Ian Isaac Jordan Julian Kenneth Neil Oliver Ross Spencer Stuart Trevor""",
        """Mary:2.63 Patricia:1.07 Linda:1.04 Barbara:0.98 Elizabeth:0.94 Jennifer:0.93 Susan:0.79 Margaret:0.77
        Dorothy:0.73 Lisa:0.70 Nancy:0.67 Karen:0.67 Betty:0.67 Helen:0.66 Sandra:0.63 Donna:0.58 Carol:0.58
        Ruth:0.45 Sharon:0.44 Michelle:0.43 Laura:0.43 Sarah:0.43 Kimberly:0.40 Deborah:0.40 Jessica:0.39
        Shirley:0.39 Cynthia:0.39 Angela:0.38 Melissa:0.38
        Brenda Amy Anna Rebecca Virginia Kathleen Pamela Martha Debra Amanda Stephanie Carolyn Christine Marie
        Janet Catherine Frances Ann Joyce Diane Alice Julie Heather Teresa Doris Gloria Evelyn Jean Cheryl Mildred
        Katherine Joan Ashley Judith Rose Janice Kelly Nicole Judy Christina Kathy Theresa Beverly Denise Tammy
        Irene Jane Lori Rachel Marilyn Andrea Kathryn Louise Sara Anne Jacqueline Wanda Bonnie Julia Ruby Lois Tina
        Phyllis Norma Paula Diana Annie Lillian Emily Robin Peggy Crystal Gladys Rita Dawn Connie Florence Tracy
        Edna Tiffany Cindy Grace Wendy Victoria Edith Kim Sherry Sylvia Josephine Thelma Shannon Sheila Ethel Ellen
        Elaine Marjorie Carrie Charlotte Monica Esther Pauline Emma Anita Rhonda Hazel Amber Eva Debbie April
        Leslie Clara Lucille Jamie Joanne Eleanor Valerie Danielle Megan Alicia Suzanne Michele Gail Bertha Darlene
        Veronica Jill Erin Geraldine Lauren Cathy Joann Lorraine Lynn Sally Regina Erica Beatrice Dolores Bernice
        Audrey Yvonne Annette June Samantha Marion Dana Stacy Renee Ida Vivian Roberta Holly Brittany Melanie
        Loretta Jeanette Laurie Katie Kristen Vanessa Alma Elsie Beth Jeanne Abigail Chloe Hannah Madison Olivia
        Sophia Ava Isabella Grace Lily Natalie Zoe Hailey Kayla Brooke Morgan Paige Sydney Taylor Whitney""",
        """Smith:0.83 Johnson:0.66 Williams:0.55 Brown:0.49 Jones:0.48 Miller:0.39 Davis:0.38 Wilson:0.28
        Anderson:0.27 Thomas:0.25 Taylor:0.25 Moore:0.25 Jackson:0.24 Martin:0.24 White:0.22 Harris:0.22
        Thompson:0.22 Clark:0.19 Lewis:0.18 Robinson:0.18 Walker:0.18 Young:0.16 Allen:0.16 King:0.16 Wright:0.16
        Scott:0.15 Hill:0.15 Green:0.14 Adams:0.14 Baker:0.14 Nelson:0.14 Hall:0.14 Campbell:0.13 Mitchell:0.13
        Carter:0.13 Roberts:0.13
        Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Bailey
        Reed Kelly Howard Cox Ward Richardson Watson Brooks Wood James Bennett Gray Hughes Price Sanders Myers Long
        Ross Foster Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Simmons
        Patterson Jordan Reynolds Hamilton Graham Wallace Cole West Stevens Marshall Owens Harrison Gibson Ellis
        McDonald Kennedy Wells Tucker Porter Hunter Hicks Crawford Henry Boyd Mason Warren Dixon Burns Gordon Shaw
        Holmes Rice Robertson Hunt Black Daniels Palmer Mills Nichols Grant Knight Ferguson Stone Hawkins Dunn
        Perkins Hudson Spencer Stephens Pierce Lawrence Berry Matthews Arnold Willis Ray Watkins Olson Carroll
        Duncan Snyder Hart Cunningham Bradley Lane Andrews Harper Fox Riley Armstrong Carpenter Weaver Greene
        Lawson Elliott Sims Austin Peters Kelley Franklin Fields Ryan Carr Wheeler Chapman Oliver Montgomery
        Richards Williamson Johnston Banks Bishop McCoy Howell Morrison Hansen Harvey Little Burton Stanley George
        Jacobs Reid Fuller Lynch Dean Gilbert Garrett Welch Larson Frazier Burke Hanson Day Bowman Fowler Brewer
        Hoffman Carlson Pearson Holland Douglas Fleming Jensen Byrd Davidson Hopkins May Terry Wade Walters Curtis
        Neal Caldwell Lowe Jennings Barnett Graves Horton Shelton Barrett Sutton Gregory McKinney Lucas Miles Craig
        Chambers Holt Lambert Fletcher Watts Bates Hale Rhodes Beck Newman Haynes McDaniel Bush Vaughn Parks
        Dawson Norris Hardy Love Steele Curry Powers Schultz Barker Page Ball Chandler Leonard Walsh Lyons Ramsey
        Wolfe Mullins Benson Sharp Bowen Daniel Barber Cummings Hines Baldwin Griffith Hubbard Reeves Warner
        Stevenson Burgess Tate Cross Garner Mann Mack Moss Thornton Dennis McGee Farmer Glover Manning Cohen
        Harmon Rodgers Robbins Newton Todd Blair Higgins Ingram Reese Cannon Strickland Townsend Potter Goodwin
        Walton Rowe Hampton Patton Swanson Joseph Francis Goodman Yates Erickson Hodges Conner Adkins Webster
        Norman Malone Hammond Flowers Cobb Moody Quinn Blake Maxwell Pope Floyd Osborne Paul McCarthy Lindsey
        Gibbs Tyler Fitzgerald Stokes Doyle Sherman Saunders Wise Gill Greer Ballard McBride Houston Christensen
        Pratt Briggs Parsons McLaughlin French Buchanan Moran Copeland Pittman Brady McCormick Holloway Brock
        Poole Logan Owen Bass Marsh Drake Jefferson Morton Abbott Sparks Patrick Norton Huff Clayton Massey Lloyd
        Carson Bowers Roberson Barton Lamb Harrington Casey Boone Clarke Mathis Singleton Wilkins Cain Bryan
        Underwood Hogan McKenzie Collier Phelps McGuire Allison Bridges Wilkerson Nash Summers Atkins""",
        """Ash Black Brook Green Hart Wood Hill Ford Whit Brad Craw Stan Thorn Win Hamp Kings Mill Fair Red West
        North South East Long Clay Stone Water Marsh Holl Lang Hay Har Pen Bur Cal Dal Ells Fen Gil Hal Kel Lind
        Mor Nor Pem Rad Shel Sut Tal Wil Ack Bram Chad Dun Elm Farn Glad Hask Ing Kirk Lock Mans Oak Pres Quin Ros
        Tem Ver Wes Yard Bark Birch Brom Cart Chest Clif Crom Darl Eas Ever Fox Gar Grim Hadd Hart Hux Kemp Lad""",
        "ton ley field wood ford worth by ham well more son er man ridge ington shaw stead wick dale",
        0.02,
    ),
    "es": _Origin(
        0.20,
        """Jose:2.5 Antonio:2.4 Juan:2.2 Manuel:2.0 Francisco:1.9 Luis:1.6 Carlos:1.6 Jesus:1.3 Javier:1.2
        David:1.2 Miguel:1.2 Pedro:1.0 Daniel:1.0 Alejandro:1.0 Jorge:0.9 Rafael:0.9 Fernando:0.8 Angel:0.8
        Pablo:0.8 Sergio:0.8
        Alberto Alvaro Adrian Diego Raul Ivan Enrique Ruben Ramon Vicente Oscar Andres Joaquin Santiago Eduardo
        Victor Roberto Jaime Mario Ignacio Alfonso Salvador Ricardo Marcos Jordi Emilio Julian Julio Guillermo
        Gabriel Tomas Agustin Marc Gonzalo Felix Hugo Joan Ismael Nicolas Cristian Samuel Martin Josep Aitor Hector
        Mariano Domingo Alfredo Sebastian Cesar Felipe Hernan Gustavo Rodrigo Armando Arturo Ernesto Esteban
        Gerardo Leonardo Lorenzo Marcelo Mauricio Orlando Osvaldo Patricio Ramiro Rogelio Rolando Saul Teodoro
        Ulises Wilfredo Alonso Benito Camilo Cristobal Dario Efrain Fabian Gilberto Horacio Humberto Ignacio
        Jacinto Leandro Lucas Marcial Matias Moises Nestor Octavio Pascual Reinaldo Rosendo Simon Valentin""",
        """Maria:4.0 Carmen:1.5 Ana:1.2 Isabel:0.9 Josefa:0.9 Laura:0.8 Cristina:0.7 Marta:0.7 Francisca:0.6
        Lucia:0.6 Antonia:0.6 Dolores:0.5 Sara:0.5 Paula:0.5 Elena:0.5 Pilar:0.4 Raquel:0.4 Concepcion:0.4
        Manuela:0.4 Mercedes:0.4
        Rosario Beatriz Juana Teresa Julia Nuria Silvia Irene Encarnacion Alba Rocio Montserrat Patricia Andrea Rosa
        Monica Alicia Angela Sonia Sandra Marina Susana Yolanda Natalia Margarita Eva Inmaculada Claudia Sofia
        Esther Ines Noelia Veronica Angeles Carla Nerea Amparo Victoria Lorena Gloria Daniela Catalina Guadalupe Luz
        Ximena Valeria Fernanda Gabriela Adriana Alejandra Leticia Liliana Lourdes Graciela Marisol Elvira Consuelo
        Esperanza Remedios Milagros Soledad Asuncion Agustina Belen Camila Celia Elisa Estela Eugenia Florencia
        Jimena Josefina Lidia Lorena Magdalena Micaela Miriam Olga Regina Rebeca Rosalia Tamara Virginia""",
        """Garcia:3.1 Gonzalez:2.0 Rodriguez:2.0 Fernandez:1.9 Lopez:1.8 Martinez:1.8 Sanchez:1.7 Perez:1.6
        Gomez:1.0 Martin:1.0 Jimenez:0.8 Ruiz:0.75 Hernandez:0.74 Diaz:0.72 Moreno:0.65 Munoz:0.6 Alvarez:0.6
        Romero:0.47 Alonso:0.43 Gutierrez:0.42 Navarro:0.4 Torres:0.4 Dominguez:0.38 Vazquez:0.36 Ramos:0.36
        Gil:0.34 Ramirez:0.34 Serrano:0.34 Blanco:0.33 Molina:0.32
        Morales Suarez Ortega Delgado Castro Ortiz Rubio Marin Sanz Nunez Iglesias Medina Garrido Cortes Castillo
        Santos Lozano Guerrero Cano Prieto Mendez Cruz Calvo Gallego Vidal Leon Marquez Herrera Pena Flores Cabrera
        Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana Herrero Lorenzo Montero
        Hidalgo Gimenez Ibanez Ferrer Duran Santiago Benitez Mora Vicente Vargas Arias Carmona Crespo Roman Pastor
        Soto Saez Velasco Moya Soler Parra Esteban Bravo Gallardo Rojas Rivera Chavez Mendoza Guzman Salazar Rios
        Contreras Sandoval Estrada Luna Juarez Figueroa Acosta Espinoza Cervantes Ayala Valdez Ibarra Zamora Pacheco
        Salinas Velasquez Carrillo Miranda Rosales Maldonado Lara Trujillo Cardenas Escobar Cortez Villarreal
        Valencia Beltran Avila Ochoa Padilla Camacho Solis Bautista Montoya Villanueva Orozco Zuniga Arellano
        Barrera Pineda Galvan Cisneros Velazquez Cordova Rosario Sosa Bermudez Quintero Tapia Paredes Osorio
        Cuevas Caceres Arroyo Villegas Pizarro Bustamante Olivares Araya Montenegro Palacios Sepulveda Quiroga
        Rincon Valenzuela Zapata Aguirre Echeverria Urrutia Arriaga Iturbe Goicoechea Larrea Ugarte Zabala""",
        """Carr Vill Cast Mont Torr Valc Olm Can Rob Nog Pin Arr Beg Cerr Llan Ced Sal Zam Mor Alam Bar Cab Fig Gal
        Her Lag Mar Nav Ord Pal Qui Rib Sol Tej Urb Val Zar Alb Bel Cal Esc Fon Gar Lin Mir Pen Riv Sot Var""",
        "illo ero ado ales eda ano ejo ona al ara uela iel",
        0.5,
    ),
    "pt": _Origin(
        0.08,
        """Jose:5.0 Joao:3.0 Antonio:3.0 Francisco:1.6 Carlos:1.5 Paulo:1.4 Pedro:1.1 Lucas:1.0 Luiz:1.0
        Marcos:1.0 Luis:0.9 Gabriel:0.9 Rafael:0.8 Daniel:0.8 Marcelo:0.8 Bruno:0.7 Eduardo:0.7 Felipe:0.7
        Raimundo:0.6 Rodrigo:0.6
        Manoel Mateus Andre Fernando Fabio Leonardo Gustavo Guilherme Leandro Tiago Anderson Ricardo Jorge Alexandre
        Roberto Sebastiao Diego Sergio Claudio Matheus Thiago Joaquim Vitor Julio Renato Alex Adriano Geraldo Mario
        Vinicius Rui Nuno Miguel Duarte Goncalo Tomas Henrique Afonso Diogo Hugo Vasco Filipe Nelson Armando Artur
        Alberto Silvio Wagner Wellington Edson Everton Ailton Cleber Otavio Caio Heitor Igor Murilo Renan Samuel
        Davi Enzo Arthur Benedito Severino Valdir Osvaldo Reginaldo Rogerio Amadeu Baltazar Custodio Dinis Emanuel
        Fausto Gaspar Horacio Jacinto Leonel Martim Orlando Quirino Salvador Valter Xavier""",
        """Maria:11.0 Ana:3.0 Francisca:1.4 Antonia:1.2 Adriana:1.0 Juliana:1.0 Marcia:0.9 Fernanda:0.9
        Patricia:0.9 Aline:0.9 Sandra:0.8 Camila:0.8 Amanda:0.7 Bruna:0.7 Jessica:0.7 Leticia:0.6 Julia:0.6
        Luciana:0.6 Vanessa:0.6 Mariana:0.6
        Gabriela Vera Vitoria Larissa Claudia Beatriz Luana Rita Sonia Renata Eliane Josefa Simone Natalia Cristiane
        Carla Debora Rosangela Jaqueline Rosa Daniela Aparecida Marlene Terezinha Raimunda Andreia Fabiana Lucia
        Raquel Angela Rafaela Joana Ines Catarina Filipa Margarida Teresa Sofia Matilde Leonor Carolina Rosario
        Conceicao Graca Fatima Alice Benedita Cecilia Clara Cristina Edite Elisa Emilia Eva Gloria Helena Irene
        Isabel Laura Lurdes Madalena Manuela Marta Olga Paula Regina Sara Silvia Susana Tania""",
        """Silva:7.0 Santos:4.0 Oliveira:3.5 Souza:3.0 Rodrigues:2.2 Ferreira:2.2 Alves:2.0 Pereira:2.0 Lima:1.8
        Gomes:1.6 Costa:1.6 Ribeiro:1.4 Martins:1.4 Carvalho:1.3 Almeida:1.1 Lopes:1.0 Soares:1.0 Fernandes:1.0
        Vieira:0.9 Barbosa:0.9
        Rocha Dias Nascimento Andrade Moreira Nunes Marques Machado Mendes Freitas Cardoso Ramos Goncalves Santana
        Teixeira Araujo Monteiro Moura Correia Pinto Cavalcanti Batista Campos Cunha Reis Azevedo Borges Coelho
        Fonseca Tavares Brito Pires Castro Miranda Sampaio Medeiros Bezerra Farias Xavier Macedo Guimaraes Matos
        Morais Neves Melo Queiroz Figueiredo Duarte Magalhaes Leite Barros Sales Peixoto Aguiar Siqueira Brandao
        Cordeiro Lacerda Amaral Paiva Nogueira Rezende Bastos Vasconcelos Jesus Cruz Mota Franco Esteves Domingues
        Caldeira Antunes Simoes Quintela Seixas Bento Valente Lobo Pacheco Rebelo Barreto Portela Pimentel Sardinha
        Guerra Fontes Assuncao Prado Toledo Meireles Damasceno""",
        """Alm Bar Cal Car Fig Fon Gal Mac Mar Mor Nog Oli Pal Pin Quei Rib Sal Teix Val Vas Azev Bra Cor Fer Lac
        Mag Mede Mont Pe Sa Tav Vel""",
        "eira ado ada oso inho ares elo ano ela",
        0.5,
    ),
    "de": _Origin(
        0.09,
        """Peter:1.8 Michael:1.7 Thomas:1.6 Andreas:1.5 Wolfgang:1.3 Klaus:1.2 Jurgen:1.1 Stefan:1.1
        Christian:1.0 Uwe:1.0 Werner:0.9 Hans:0.9 Frank:0.9 Bernd:0.8 Martin:0.8 Matthias:0.8 Alexander:0.8
        Markus:0.7 Manfred:0.7 Gunter:0.6
        Dieter Helmut Horst Heinz Gerhard Karl Walter Jorg Sven Daniel Tobias Florian Sebastian Tim Lukas Jonas Felix
        Maximilian Paul Leon Jan Niklas Dirk Holger Ralf Rainer Rolf Joachim Norbert Volker Harald Detlef Gerd
        Lothar Dietmar Kurt Friedrich Otto Ernst Georg Hermann Heinrich Wilhelm Fritz Erich Johannes Philipp
        Benjamin Dennis Marcel Patrick Oliver Torsten Carsten Kai Lars Jens Nils Henrik Bastian Moritz Julian David
        Simon Fabian Dominik Marco Mario Robert Richard Ulrich Reinhard Siegfried Willi Alfred Erwin Gustav Hubert
        Pieter Hendrik Willem Cornelis Gerrit Maarten Bram Sander Joost Ruud Bas Thijs Koen Wouter Jeroen""",
        """Sabine:1.2 Ursula:1.2 Monika:1.1 Petra:1.1 Claudia:1.0 Andrea:1.0 Susanne:1.0 Renate:0.9 Karin:0.9
        Birgit:0.9 Helga:0.8 Gabriele:0.8 Christa:0.7 Anna:0.7 Julia:0.7 Maria:0.7 Elisabeth:0.7 Nicole:0.6
        Stefanie:0.6 Sandra:0.6
        Ingrid Brigitte Heike Angelika Martina Barbara Gisela Erika Bettina Silke Anja Katrin Kerstin Tanja Daniela
        Melanie Christina Katharina Laura Lena Lea Sarah Hannah Sophie Lisa Johanna Marie Franziska Jana Jennifer
        Jessica Vanessa Kathrin Manuela Simone Cornelia Doris Hildegard Irmgard Gertrud Ilse Margarete Edith Inge
        Waltraud Marianne Annette Beate Jutta Anke Antje Dagmar Elke Gudrun Heidi Iris Kirsten Marion Regina Rita
        Sonja Ute Yvonne Anneke Maaike Femke Sanne Marieke Els Ilse Greta Frieda Lotte""",
        """Muller:0.9 Schmidt:0.6 Schneider:0.35 Fischer:0.32 Weber:0.3 Meyer:0.28 Wagner:0.27 Becker:0.24
        Schulz:0.24 Hoffmann:0.23 Schafer:0.2 Koch:0.2 Bauer:0.2 Richter:0.19 Klein:0.19 Wolf:0.18 Schroder:0.17
        Neumann:0.17 Schwarz:0.16 Zimmermann:0.15
        Braun Kruger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Kohler
        Herrmann Konig Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Moller Weiss Jung Hahn Schubert Vogel
        Friedrich Keller Gunther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon
        Ludwig Bohm Winter Kraus Martin Schumacher Kramer Vogt Stein Jager Otto Sommer Gross Seidel Heinrich Brandt
        Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kuhl Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer
        Arnold Wolff Pfeiffer Jansen Visser Bakker Smit Meijer Mulder Bos Vos Hendriks Dekker Brouwer Dijkstra""",
        """Acker Berg Birk Blum Brand Busch Dorn Eich Eisen Feld Fels Fried Gold Grun Hag Hain Hart Heil Hoch Holz
        Horn Kirch Kling Lind Moos Ober Rein Ros Sand Schaf Schon See Sonn Stein Stern Thal Wald Wasser Weiss
        Wies Wild Zell Adel Alt Brunn Dorf Eber Falk Frei Glas Gut Hack Hirsch Kalt Kern Korn Kreuz""",
        "berg mann er feld stein bach hofer bauer meier ner inger hardt wald thaler brunner",
        0.02,
    ),
    "fr": _Origin(
        0.08,
        """Jean:2.5 Pierre:1.6 Michel:1.6 Philippe:1.4 Alain:1.2 Nicolas:1.1 Christophe:1.0 Patrick:1.0
        Daniel:0.9 Bernard:0.9 Christian:0.9 Eric:0.9 Frederic:0.8 Laurent:0.8 Stephane:0.8 David:0.8 Pascal:0.7
        Julien:0.7 Sebastien:0.7 Thomas:0.7
        Jacques Andre Francois Gerard Claude Rene Louis Olivier Thierry Didier Dominique Marc Patrice Serge Guy
        Joel Yves Bruno Vincent Maxime Alexandre Antoine Guillaume Romain Kevin Anthony Jeremy Mathieu Benjamin
        Quentin Florian Hugo Lucas Theo Nathan Enzo Gabriel Arthur Raphael Paul Robert Henri Georges Roger Marcel
        Maurice Raymond Gilles Herve Jerome Fabrice Franck Cedric Ludovic Mickael Arnaud Xavier Emmanuel Lionel
        Regis Sylvain Gilbert Lucien Fernand Emile Adrien Baptiste Clement Damien Etienne Fabien Gregoire Jules
        Lucas Martin Matthieu Nathan Remi Samuel Sylvestre Tristan Valentin""",
        """Marie:3.0 Nathalie:1.1 Isabelle:1.1 Sylvie:1.0 Catherine:1.0 Martine:0.9 Christine:0.9 Francoise:0.9
        Valerie:0.8 Sandrine:0.8 Stephanie:0.7 Veronique:0.7 Sophie:0.7 Celine:0.7 Chantal:0.7 Patricia:0.7
        Anne:0.7 Brigitte:0.6 Julie:0.6 Monique:0.6
        Aurelie Nicole Laurence Annie Emilie Dominique Virginie Corinne Elodie Christiane Jacqueline Jeanne
        Madeleine Denise Simone Camille Laura Manon Sarah Emma Lea Chloe Ines Lucie Pauline Marine Mathilde
        Charlotte Claire Helene Florence Caroline Audrey Melanie Elise Agnes Beatrice Danielle Genevieve Josiane
        Michele Odile Pascale Sabine Severine Suzanne Yvette Mireille Colette Ginette Gisele Lucienne Therese
        Odette Paulette Renee Yvonne Juliette Alice Louise Zoe Jade Clara Margaux Oceane Justine Amandine Delphine
        Karine Muriel Estelle Fabienne""",
        """Martin:0.35 Bernard:0.15 Thomas:0.14 Petit:0.14 Robert:0.13 Richard:0.13 Durand:0.12 Dubois:0.12
        Moreau:0.12 Laurent:0.11 Simon:0.11 Michel:0.11 Lefebvre:0.11 Leroy:0.1 Roux:0.1 David:0.1
        Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Lefevre Faure Andre Mercier
        Blanc Guerin Boyer Garnier Chevalier Francois Legrand Gauthier Perrin Robin Clement Morin Nicolas Henry
        Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Marie Lemaire Noel Dufour Meunier Brun
        Blanchard Giraud Joly Riviere Lucas Brunet Gaillard Barbier Arnaud Gerard Roche Renard Roy Leroux Colin
        Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Pierre Benoit
        Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte Jean Dupuy Guillot Hubert Carpentier Dupuis Moulin
        Louis Deschamps Huet Vasseur Boucher Fleury Royer Jacquet Adam Paris Poirier Marty Aubry Guyot Carre
        Charles Renault Charpentier Menard Maillard Baron Bertin Bailly Herve Collet Leger Bouvier Julien Prevost
        Millet Perrot Cousin Germain Breton Besson Langlois Remy Pelletier Leveque Perrier Leblanc Barre Lebrun
        Marchal Mallet Hamon Boulanger Jacob Monnier Michaud Guichard Gillet Etienne Grondin Poulain Tessier
        Chevallier Collin Chauvin Bouchet Gay Lemaitre Benard Marechal Humbert Reynaud Antoine Hoarau Perret
        Barthelemy Cordier Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier Laporte""",
        """Beau Bel Bon Champ Chastel Clair Font Grand Lar Mont Pont Roch Sauv Val Ver Vill Mar Bois Cham Char
        Chen Cour Fay Gen Lan Mal Mes Or Pey Ro Tour Vau Ab Aig Ald Arm Aub Aud Bail Barb Baud Berth Bir Blond
        Bouch Bour Brou Cad Cail Carr Chauv Clav Coll Cre Dan Des Dor Ferr Flo Fourn Gaill Garn Giff Gren Guill
        Hub Jac Jol Lam Laur Lec Lem Lorr Mall Marc Mass Mich Moul Noir Oliv Pag Pell Perr Pich Plan Poir Prev
        Ram Ren Rich Rob Rouss Sab Seg Tess Thib Til Vach Vass Vid""",
        "ier ard eau ot et in on elle and ault ange eux",
        0.02,
    ),
    "it": _Origin(
        0.08,
        """Giuseppe:2.5 Giovanni:1.9 Antonio:1.8 Mario:1.6 Luigi:1.4 Francesco:1.4 Angelo:1.1 Vincenzo:1.1
        Pietro:0.9 Salvatore:0.9 Carlo:0.9 Franco:0.8 Domenico:0.8 Bruno:0.7 Paolo:0.7 Michele:0.7 Giorgio:0.7
        Aldo:0.6 Sergio:0.6 Luciano:0.6
        Alessandro Andrea Marco Matteo Lorenzo Luca Stefano Roberto Massimo Fabio Davide Simone Riccardo Federico
        Gabriele Leonardo Tommaso Emanuele Daniele Alberto Claudio Enrico Raffaele Nicola Alessio Filippo Giacomo
        Mattia Edoardo Diego Cristian Gianluca Maurizio Fabrizio Sandro Renato Enzo Gino Rocco Cosimo Gennaro
        Carmine Pasquale Alfredo Umberto Ernesto Ettore Guido Piero Walter Valerio Vittorio Dario Giulio Ivan
        Manuel Samuele Nicolo Pierluigi Gianni Achille Agostino Arturo Benedetto Corrado Dante Elio Fausto Flavio
        Gaetano Ignazio Lino Marcello Nello Ottavio Raimondo Romano Sabatino Silvio Tullio Vito""",
        """Maria:3.0 Anna:1.6 Giuseppina:1.2 Rosa:1.0 Angela:0.9 Giovanna:0.9 Teresa:0.8 Lucia:0.8 Carmela:0.8
        Caterina:0.7 Francesca:0.7 Antonietta:0.6 Carla:0.6 Elena:0.6 Concetta:0.6 Rita:0.6 Margherita:0.5
        Franca:0.5 Paola:0.5 Sara:0.5
        Giulia Chiara Federica Valentina Silvia Alessandra Laura Martina Elisa Simona Roberta Cristina Barbara
        Monica Daniela Stefania Manuela Patrizia Sabrina Claudia Raffaella Serena Emanuela Ilaria Marta Alice Sofia
        Aurora Giorgia Beatrice Ginevra Emma Greta Arianna Noemi Camilla Gabriella Luisa Luciana Graziella Mirella
        Nadia Ornella Silvana Vincenza Immacolata Annunziata Assunta Filomena Lina Marisa Rosaria Rosanna Tiziana
        Veronica Viviana Loredana Michela Adele Agnese Bianca Carolina Cecilia Donatella Elisabetta Fiorella
        Gemma Ida Irene Lorenza Nicoletta Ottavia Pamela Rachele Sonia Tecla Vittoria""",
        """Rossi:0.3 Russo:0.25 Ferrari:0.2 Esposito:0.2 Bianchi:0.17 Romano:0.16 Colombo:0.15 Ricci:0.13
        Marino:0.13 Greco:0.12 Bruno:0.12 Gallo:0.12 Conti:0.11 Mancini:0.1 Costa:0.1 Giordano:0.1
        Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo
        Gentile Martinelli Vitale Lombardo Serra Coppola Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco
        Marini Grasso Valentini Messina Sala Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli
        Amato Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari
        Guerra Palmieri Bernardi Martino Fiore Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori
        Neri Costantini Milani Pagano Ruggiero Sorrentino Orlando Damico Negri Bassi Guidi""",
        """Bell Bianc Bors Cald Cap Castell Ferr Fior Gall Giann Marc Mart Mor Pagan Ross Sant Tomas Vall Zan
        Bert Brun Cerr Croc Fabr Lom Pellegr Ricc Rin Sorr Tur Vent Cass Gris Mel Pic Poll Sacc Tass Abb Acc Alb
        Amad Ang Bald Barb Bass Bern Bon Borr Bott Bran Cal Cam Cant Carb Card Carr Cecc Cic Coll Cont Cor Cos
        Dall Dam Don Fal Fan Fav Fed Fil Fran Gabb Gar Gatt Gent Gher Giacc Gior Grass Guer Lan Leon Lucc Mag
        Mann Marr Mass Matt Mazz Mich Mont Nard Nic Oliv Orl Pac Pal Parr Pasq Pell Pes Pont Racc Ram Rug Sal
        Sart Scar Serr Spin Stef Tedd Ter Tort Valent Vecch Verd Vit Zamp Zucc""",
        "ini elli etti ucci oni ato ano ieri otti one azzi esi",
        0.02,
    ),
    "pl": _Origin(
        0.06,
        """Piotr:2.1 Krzysztof:2.0 Andrzej:1.9 Tomasz:1.8 Pawel:1.7 Jan:1.7 Michal:1.6 Marcin:1.5 Jakub:1.3
        Adam:1.3 Stanislaw:1.3 Marek:1.2 Lukasz:1.2 Grzegorz:1.1 Mateusz:1.0 Wojciech:1.0 Mariusz:0.9
        Dariusz:0.9 Zbigniew:0.9 Jerzy:0.9
        Maciej Kamil Rafal Robert Jacek Tadeusz Jozef Kazimierz Ryszard Janusz Henryk Jaroslaw Dawid Sebastian
        Slawomir Artur Szymon Bartosz Damian Patryk Karol Filip Kacper Leszek Waldemar Mieczyslaw Zdzislaw Bogdan
        Roman Wieslaw Czeslaw Edward Wladyslaw Boleslaw Przemyslaw Arkadiusz Bartlomiej Hubert Igor Konrad Norbert
        Oskar Radoslaw Sylwester Witold Aleksander Antoni Dominik Emil Eryk Franciszek Ignacy Julian Leon Milosz
        Oliwer Stefan Wiktor""",
        """Anna:3.0 Maria:2.8 Katarzyna:1.9 Malgorzata:1.9 Agnieszka:1.7 Barbara:1.5 Krystyna:1.4 Ewa:1.4
        Elzbieta:1.4 Zofia:1.2 Teresa:1.1 Magdalena:1.1 Joanna:1.1 Janina:1.0 Monika:1.0 Danuta:0.9 Jadwiga:0.9
        Aleksandra:0.9 Halina:0.9 Irena:0.9
        Beata Marta Dorota Jolanta Marianna Natalia Karolina Renata Iwona Grazyna Bozena Justyna Stanislawa Helena
        Urszula Paulina Alicja Wanda Julia Sylwia Weronika Dominika Patrycja Wiktoria Zuzanna Lena Oliwia Hanna
        Emilia Izabela Kinga Edyta Aneta Bogumila Genowefa Wladyslawa Czeslawa Kazimiera Leokadia Lucyna Mariola
        Wieslawa Agata Amelia Bogna Celina Ewelina Gabriela Ilona Kamila Klaudia Laura Maja Milena Roza""",
        """Nowak:0.53 Kowalski:0.36 Wisniewski:0.29 Wojcik:0.27 Kowalczyk:0.26 Kaminski:0.25 Lewandowski:0.24
        Zielinski:0.23 Szymanski:0.22 Wozniak:0.22 Dabrowski:0.22 Kozlowski:0.18 Jankowski:0.16 Mazur:0.16
        Kwiatkowski:0.15 Wojciechowski:0.15 Krawczyk:0.15 Kaczmarek:0.15 Piotrowski:0.15 Grabowski:0.14
        Zajac Pawlowski Michalski Krol Wieczorek Jablonski Wrobel Nowakowski Majewski Olszewski Stepien Malinowski
        Jaworski Adamczyk Dudek Nowicki Pawlak Gorski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk
        Ostrowski Tomaszewski Pietrzak Zalewski Wroblewski Marciniak Jasinski Zawadzki Bak Jakubowski Sadowski Duda
        Wilk Wlodarczyk Chmielewski Borkowski Sokolowski Szczepanski Sawicki Kucharski Kalinowski Wysocki
        Maciejewski Czarnecki Adamski Sobczak Konieczny Mroz Glowacki Kubiak Zakrzewski Czerwinski Wasilewski
        Przybylski Kolodziej Lis Mazurek Kozak Szulc Kaczmarczyk Lisowski Kurek Urbanski Tomczak Laskowski""",
        """Bor Brz Chmiel Dom Gor Jan Kal Kam Kos Kras Lip Mal Mil Nad Olsz Pol Rad Sob Stan Tar Wal Wis Zab Zar
        Grab Dab Sos Bial Czarn Kwiat Bron Cies Dziew Gaw Jez Klim Lesz Mat Piek Sklad Trzec Wierzb Adam Bag Bart
        Bednar Bielec Blasz Bogd Brzez Buk Chmur Cieszk Czaj Dlug Dobrz Fij Gac Glin Gol Grad Grzyb Hal Jabl Jarz
        Kacz Karp Klos Kopc Krzyz Kub Lach Lesn Maj Marc Mich Mik Mlyn Nieb Nowac Olejn Orl Pac Piask Pietr Rog
        Sad Siek Skow Slom Szczep Tom Urb Wasz Wiecz Wojt Zaj Zawisz""",
        "owski ewski inski czyk ak ek iak icz ewicz owicz",
        0.02,
    ),
    "tr": _Origin(
        0.07,
        """Mehmet:4.0 Mustafa:3.0 Ahmet:2.4 Ali:2.2 Huseyin:1.6 Hasan:1.5 Ibrahim:1.4 Ismail:1.0 Osman:0.9
        Yusuf:0.9 Murat:0.9 Omer:0.8 Ramazan:0.8 Halil:0.7 Suleyman:0.7 Abdullah:0.7 Mahmut:0.6 Recep:0.6
        Salih:0.6 Fatih:0.6
        Kadir Emre Hakan Adem Kemal Yasar Bekir Musa Metin Orhan Serkan Burak Ugur Sinan Engin Tolga Cem Onur Erkan
        Volkan Emin Selim Yunus Ozan Can Kerem Eren Baris Gokhan Levent Tuncay Tarik Erdal Cengiz Nihat Sedat
        Serdar Tamer Hikmet Irfan Necati Nuri Cemal Celal Zeki Sabri Haydar Veli Arif Aydin Bulent Cetin Dursun
        Enver Fikret Gurkan Kenan Nevzat Oguz Rifat Sami Semih Talha Umut Vedat Yavuz Zafer Alper Batuhan Berk
        Caner Deniz Ersin Faruk Goksel Ilker Kaan Koray Mert Nazim Ozgur Sercan Taner Turgut Yilmaz""",
        """Fatma:4.0 Ayse:3.5 Emine:2.5 Hatice:2.2 Zeynep:1.6 Elif:1.2 Meryem:1.0 Sultan:0.9 Zehra:0.8 Hanife:0.7
        Merve:0.7 Ozlem:0.6 Esra:0.6 Yasemin:0.6 Hulya:0.5 Leyla:0.5 Songul:0.5 Zeliha:0.5 Havva:0.5 Serpil:0.5
        Gulsen Sevgi Ebru Gul Derya Dilek Tuba Aysel Busra Kubra Rabia Hacer Nurten Nuray Sibel Selda Tulay Aynur
        Esma Gulay Kader Melek Nermin Nurcan Pinar Seda Sema Sevda Sevim Canan Cigdem Deniz Ece Gamze Gulcan Hande
        Irem Kevser Nazli Oya Saadet Serap Tugba Yildiz Zuhal Asli Burcu Ceren Dilara Eda Ela Ipek Melike Nisa Sude
        Yagmur Arzu Belgin Bircan Dondu Feride Filiz Gonul Guler Habibe Nesrin Nihal Raziye Sakine Sebahat Sevil
        Tulin Ummuhan""",
        """Yilmaz:1.0 Kaya:0.8 Demir:0.8 Sahin:0.7 Celik:0.7 Yildiz:0.6 Yildirim:0.6 Ozturk:0.5 Aydin:0.5
        Ozdemir:0.5 Arslan:0.45 Dogan:0.45 Kilic:0.4 Aslan:0.4 Cetin:0.4 Kara:0.4 Koc:0.35 Kurt:0.35 Ozkan:0.3
        Simsek:0.3
        Polat Ozcan Korkmaz Cakir Erdogan Yavuz Can Acar Sen Aktas Guler Yalcin Gunes Bozkurt Bulut Keskin Unal
        Turan Gul Ozer Isik Kaplan Avci Sari Tekin Tas Kose Yuksel Ates Aksoy Ceylan Demirci Erdem Bayram Akin
        Cinar Karaca Kocak Uysal Tan Altun Gunduz Akbulut Yurt Coskun Bilgin Orhan Ucar Ozbek Karakaya Aktan Yucel
        Erol Sevim Bayrak Duman Kahraman Basaran Dincer Guven Soylu Ekinci Korkut Tuncer Ozyurt Akgul Durmaz""",
        """Kara Ak Oz Gok Demir Al Er Kurt Kilic Tas Sen Gul Ay Gun Bay Yuce Ulu Boz Sari Kizil Yesil Toprak
        Deniz Dag Yil Tan Cel Ates Bal Bulut Ince Uzun Genc Dur Koca Kes Cak Tur Yol""",
        "soy han kaya dag tas oglu er can tekin yurt bas el ci kan gul oz demir tepe su ay",
        0.02,
    ),
}

# --- organisations ------------------------------------------------------------------------------------

ORG_BRANDS = _words(
    "Aegis Apex Argo Arrow Atlas Aurora Beacon Bluewater Boreal Cardinal Cascade Cedar Citadel Cobalt Condor "
    "Coral Crest Crown Cypress Delta Dolphin Eagle Eastgate Echelon Ember Emerald Equinox Everest Falcon Fortis "
    "Frontier Galaxy Garnet Gemini Glacier Granite Greystone Harbor Harmony Hawk Helios Horizon Ironwood Jade "
    "Juniper Kestrel Keystone Lakeside Landmark Legacy Liberty Lighthouse Lodestar Lynx Magna Maple Mariner "
    "Meridian Mistral Monarch Neptune Nimbus Northstar Oakridge Obsidian Olympus Onyx Orbit Orion Osprey Pacific "
    "Paramount Pegasus Phoenix Pinnacle Pioneer Polaris Prestige Quantum Radiant Raven Redwood Regal Ridgeline "
    "Riverside Sapphire Saturn Sentinel Sequoia Sierra Silverline Solstice Sovereign Spectrum Sterling Summit "
    "Sunrise Tempest Titan Topaz Trident Triton Unity Vanguard Vector Velocity Venture Vertex Viking Vista Vortex "
    "Westbridge Willow Zenith Zephyr Alpine Amber Anchor Arcadia Avalon Bastion Bristol Caledonia Calypso Capstone "
    "Carrington Centurion Chancellor Clearwater Corinth Crescent Danube Dominion Elbrus Elysium Fairhaven Fjord "
    "Gibraltar Halcyon Highland Imperial Kingsway Labrador Lancaster Levant Malabar Marlin Monsoon Nautilus "
    "Oceanic Pamir Patriot Premier Regent Rialto Sahara Savanna Seabird Shoreline Stirling Tasman Thames Tigris "
    "Trafalgar Tundra Valiant Ventura Windsor Yukon"
)
ORG_ADJECTIVES = _words(
    "Golden Silver Northern Southern Eastern Western United Global Royal Grand Blue Red Green White Black Great "
    "New Old Pacific Atlantic Arctic Central Coastal Continental Crystal Diamond First Free Iron Noble Prime Rising "
    "Royal Sacred Star Swift True Twin Wild"
)
ORG_NOUNS = _words(
    "Falcon Eagle Lion Star Crescent Union Alliance Bridge Gate Harbour Anchor Arrow Crown Shield Tower River "
    "Ocean Mountain Valley Desert Forest Horizon Sun Moon Wave Wind Stone Oak Cedar Palm Pearl Rose Lotus Dragon "
    "Tiger Wolf Bear Hawk Phoenix Compass Beacon Sail Harvest Meridian Summit Peak Coast Bay Delta Island Path "
    "Road Line Link Circle Square Point"
)
ORG_SECTORS = _words(
    "Maritime Shipping Logistics Freight Energy Petroleum Oil Gas Mining Minerals Metals Steel Chemicals Pharma "
    "Medical Agro Foods Grain Textiles Apparel Electronics Technologies Software Systems Telecom Aviation "
    "Aerospace Defense Security Construction Engineering Infrastructure Properties Realty Capital Investments "
    "Finance Holdings Trading Commodities Import Export Resources Industries Manufacturing Machinery Automotive "
    "Marine Offshore Drilling Power Solar Water Environmental Consulting Services Solutions Ventures Partners "
    "Enterprises Exchange Brokers Insurance Tobacco Timber Cement Fertilizers Plastics Packaging Transport "
    "Tankers Bulk Containers Cargo Development Global International Supplies Equipment"
)
ORG_GENERIC = _words("International Global Group Worldwide General United Overseas Trading Holdings Partners")
ORG_COINED_PREFIXES = _words(
    "Nova Trans Inter Tele Uni Omni Pan Euro Afro Asia Petro Agri Terra Aqua Hydro Techno Info Medi Bio Geo Metro "
    "Aero Auto Cyber Digi Electro Enviro Multi Neo Opti Pro Quanta Sino Indo Gulf Med Nord Sud Ost West Sun Sky Sea "
    "Ultra Vita Veri Xen Zen Alta Bel Cor Dyna Flexi Intra Lumi Magni Maxi Navi Orbi Pri Stra Syn Tri Vel"
)
ORG_COINED_SUFFIXES = _words(
    "tek tech tex tron link com net sys gen core max mar trade log star line way port path gate field land point "
    "wave stream corp dyne lux via vest fin ex ix on ia ica ium ora ova ent ant ar"
)
ORG_FORMS = """LLC:14 Ltd:16 Limited:12 Inc:10 Corporation:5 GmbH:6 SA:6 JSC:4 Company:4 Group:4 FZE:3 LLP:3 AG:2
BV:2 SRL:2 PLC:2 SAS:2 SpA:1"""
# Words for variants.negative (a name mixed across cultures).
ORG_WORDS = ORG_BRANDS + ORG_SECTORS

RU_ORG_FORMS = "ООО:70 АО:15 ЗАО:10 ПАО:5"
RU_ORG_PREFIXES = _words(
    "Пром Строй Тех Спец Агро Энерго Нефте Газ Транс Авто Мет Лес Рыб Мор Рос Сиб Урал Волго Даль Сев Юг Мед Фарм "
    "Хим Электро Инвест Торг Снаб Гео Нова Эко Вод Тепло Кабель Стек Мебель Хлеб Спорт Ком Инфо Телеком Бизнес Мега "
    "Евро Азия Глоб Интер Кредит Финанс Лизинг Сталь Бетон Прибор Маш Сервис Альфа Бета Атом Био Гидро Дор Жил Зерно "
    "Мос Петро Нев Дон Балт Крас Кузбасс Якут Амур Байкал Сахалин Камчат Ангара Печора Норд Центр Регион Союз Рус "
    "Держава Старт Пласт Текс Тара Упак Шина Лифт Кран Бур"
)
RU_ORG_SUFFIXES = _words(
    "строй торг снаб сервис монтаж ресурс инвест пром транс тех лизинг холдинг групп маркет комплект проект трейд "
    "логистик альянс нефть газ металл лес экспорт импорт систем энерго маш прибор хим фарм мед агро авто сталь бетон "
    "кабель терминал порт флот авиа консалт капитал мост ремонт комплекс контракт ойл эксперт инжиниринг девелопмент "
    "медиа софт телеком стандарт"
)
RU_ORG_HYPHEN_FIRST = _words(
    "Альфа Бета Гамма Дельта Омега Вектор Север Восток Запад Юг Сибирь Урал Волга Балтика Нева Дон Кама Ока Енисей "
    "Амур Алтай Байкал Арктика Полюс Меридиан Гранит Титан Атлант Форвард Прогресс Развитие Стандарт Лидер Партнёр "
    "Гарант Профи Мастер Эксперт"
)
RU_ORG_HYPHEN_SECOND = _words(
    "Транс Инвест Строй Сервис Трейд Групп Холдинг Ресурс Логистик Капитал Энерго Терминал Агро Флот Авиа Нефть "
    "Газ Металл Техно Консалт Финанс Маркет Плюс Центр"
)
RU_ORG_ADJECTIVES = _words(
    "Северный Южный Восточный Западный Золотой Серебряный Новый Первый Главный Русский Сибирский Уральский "
    "Балтийский Морской Речной Горный Лесной Степной Красный Белый Синий Зелёный Честный Надёжный Торговый "
    "Промышленный Транспортный Инвестиционный Строительный Технический Финансовый Региональный Национальный "
    "Центральный Объединённый Народный Большой Великий Дальний Столичный"
)
RU_ORG_NOUNS = _words(
    "Альянс Союз Ветер Берег Путь Мост Порт Терминал Капитал Ресурс Центр Дом Двор Город Край Регион Стандарт "
    "Вектор Импульс Партнёр Гарант Альтаир Меридиан Маяк Парус Якорь Флот Транзит Трест Комбинат Завод Холдинг "
    "Фонд Банк Клуб Мир Век Рубеж Горизонт"
)
RU_ORG_SINGLE = _words(
    "Вектор Гарант Импульс Меридиан Альфа Омега Стандарт Прогресс Альтаир Орион Сатурн Юпитер Квант Спектр Стимул "
    "Лидер Фаворит Эталон Эверест Монолит Гранит Титан Атлант Феникс Пегас Кристалл Рубин Сапфир Изумруд Янтарь"
)


# --- entries ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SynthEntry:
    """One register entry: its rendered names and the parts they were rendered from.

    ``parts`` are native-script tokens in a culture's canonical order
    (surname, given, patronymic for ``ru``; surname, given for ``zh``;
    given, middle..., family for ``ar``/``hi``/``la``); ``latin`` holds the
    register's own Latin spelling of each part where the script lacks vowels
    or a fixed table (Arabic, Devanagari).
    """

    entry: int
    schema: Schema
    culture: str  # ru zh ar hi la
    parts: tuple[str, ...]
    latin: tuple[str, ...]
    names: tuple[str, ...]
    female: bool = False


CULTURES = (("la", 0.30), ("ru", 0.20), ("zh", 0.20), ("ar", 0.20), ("hi", 0.10))
ORG_SHARE = 0.15


class _Mixed:
    """Draw from one of several lexicons, chosen by weight (a Latin name of any origin)."""

    def __init__(self, parts: Sequence[tuple[Callable[[random.Random], str], float]]) -> None:
        self.pick = Weighted([f for f, _ in parts], [w for _, w in parts])

    def __call__(self, rng: random.Random) -> str:
        return self.pick(rng)(rng)


@cache
def _la_origin(code: str) -> dict[str, Weighted[str]]:
    o = LA_ORIGINS[code]
    tail = [s + x for s, x in itertools.product(_words(o.stems), _words(o.suffixes))]
    return {
        "m": _lexicon(o.male),
        "f": _lexicon(o.female),
        "sur": _lexicon(o.surnames, _shuffled(tail, f"la_sur_{code}")),
    }


@cache
def _lex() -> dict[str, Any]:
    origins = {code: _la_origin(code) for code in LA_ORIGINS}
    shares = [(code, o.share) for code, o in LA_ORIGINS.items()]
    zh_first = _zipf_chars(ZH_FIRST, 0.5)
    zh_second = _zipf_chars(ZH_SECOND, 0.5)
    zh_single_head = [(c, p) for c, p in _spec(ZH_SINGLE_HEAD) if p is not None]
    zh_surnames = [(c, p) for c, p in _spec(ZH_SURNAMES_HEAD) if p is not None]
    return {
        "ru_sur": _ru_surnames(),
        "ru_m": _lexicon(RU_MALE),
        "ru_f": _lexicon(RU_FEMALE),
        "zh_sur": _head_tail(zh_surnames, ZH_SURNAMES_TAIL),
        "zh_single": _head_tail(zh_single_head, list(ZH_SINGLE_TAIL)),
        "zh_set": Zipf(ZH_SET_NAMES, 0.4),
        "zh_first": zh_first,
        "zh_second": zh_second,
        "zh_org_char": Zipf(list(dict.fromkeys(ZH_ORG_CHARS)), 0.4),
        "zh_org_trade": Zipf(ZH_ORG_TRADES, 0.6),
        "ar_m": _pair_lexicon(_pairs(AR_MALE)),
        "ar_f": _pair_lexicon(_pairs(AR_FEMALE)),
        "ar_family": _ar_families(),
        "ar_org_form": _pair_lexicon(_pairs(AR_ORG_FORMS)),
        "ar_org_name": Zipf([p for p, _ in _pairs(AR_ORG_NAMES)], 0.2),
        "ar_org_activity": Zipf([p for p, _ in _pairs(AR_ORG_ACTIVITIES)], 0.4),
        "ar_org_qualifier": Zipf([p for p, _ in _pairs(AR_ORG_QUALIFIERS)], 0.3),
        "hi_m": _pair_lexicon(_pairs(HI_MALE)),
        "hi_f": _pair_lexicon(_pairs(HI_FEMALE)),
        "hi_sur": _pair_lexicon(_pairs(HI_SURNAME_LIST)),
        "hi_middle": _pair_lexicon(_pairs(HI_MIDDLE_LIST)),
        "la_origin": Weighted([c for c, _ in shares], [s for _, s in shares]),
        "la": origins,
        "la_m": _Mixed([(origins[c]["m"], s) for c, s in shares]),
        "la_f": _Mixed([(origins[c]["f"], s) for c, s in shares]),
        "la_sur": _Mixed([(origins[c]["sur"], s) for c, s in shares]),
        "org_brand": Zipf(ORG_BRANDS, 0.3),
        "org_adj": Zipf(ORG_ADJECTIVES, 0.5),
        "org_noun": Zipf(ORG_NOUNS, 0.3),
        "org_sector": Zipf(ORG_SECTORS, 0.5),
        "org_form": _lexicon(ORG_FORMS),
        "ru_org_form": _lexicon(RU_ORG_FORMS),
    }


def _zipf_chars(chars: str, s: float) -> Zipf[str]:
    return Zipf(list(dict.fromkeys(chars)), s)


def _pick(rng: random.Random, weighted: Sequence[tuple[str, float]]) -> str:
    x = rng.random()
    for item, w in weighted:
        x -= w
        if x < 0:
            return item
    return weighted[-1][0]


def entry(seed: int, n: int) -> SynthEntry:
    """Entry number ``n`` of the register with ``seed`` (deterministic)."""
    rng = random.Random(seed * 1_000_003 + n)
    culture = _pick(rng, CULTURES)
    if rng.random() < ORG_SHARE:
        return _org(rng, n, culture)
    return _PERSON[culture](rng, n)


def _ru(rng: random.Random, n: int) -> SynthEntry:
    lex = _lex()
    female = rng.random() < 0.25
    surname = lex["ru_sur"](rng)
    if female:
        surname = ru_feminine(surname)
    given = lex["ru_f" if female else "ru_m"](rng)
    patronymic = ru_patronymic(lex["ru_m"](rng), female)
    parts = (surname, given, patronymic)
    names = [f"{surname} {given} {patronymic}"]
    if rng.random() < 0.7:  # the passport spelling, Western order
        names.append(" ".join(icao(p) for p in (given, patronymic, surname)))
    if rng.random() < 0.1:
        names.append(f"{icao(given)} {icao(surname)}")
    return SynthEntry(n, Schema.PERSON, "ru", parts, tuple(icao(p) for p in parts), tuple(names), female)


def _zh_given(rng: random.Random, lex: dict[str, Any]) -> str:
    if rng.random() < ZH_SINGLE_SHARE:
        return str(lex["zh_single"](rng))
    if rng.random() < ZH_SET_SHARE:
        return str(lex["zh_set"](rng))
    return str(lex["zh_first"](rng) + lex["zh_second"](rng))


def _zh(rng: random.Random, n: int) -> SynthEntry:
    lex = _lex()
    surname = lex["zh_sur"](rng)
    given = _zh_given(rng, lex)
    parts = (surname, given)
    sur_py = "".join(pinyin(surname)).capitalize()
    given_py = "".join(pinyin(given)).capitalize()
    names = [surname + given, f"{sur_py} {given_py}"] if rng.random() < 0.8 else [surname + given]
    if rng.random() < 0.1:
        names.append(f"{given_py} {sur_py}")
    return SynthEntry(n, Schema.PERSON, "zh", parts, (sur_py, given_py), tuple(names))


def _ar(rng: random.Random, n: int) -> SynthEntry:
    lex = _lex()
    female = rng.random() < 0.15
    picked = [lex["ar_f" if female else "ar_m"](rng)]
    for _ in range(2 if rng.random() < 0.3 else 1 if rng.random() < 0.8 else 0):  # father's, grandfather's name
        picked.append(lex["ar_m"](rng))
    picked.append(lex["ar_family"](rng))
    arabic = tuple(a for a, _ in picked)
    latin = tuple(lat for _, lat in picked)
    names = [" ".join(arabic)]
    if rng.random() < 0.75:
        names.append(" ".join(latin))
    if rng.random() < 0.1:
        names.append(f"{latin[0]} {latin[-1]}")
    return SynthEntry(n, Schema.PERSON, "ar", arabic, latin, tuple(names), female)


def _hi(rng: random.Random, n: int) -> SynthEntry:
    lex = _lex()
    female = rng.random() < 0.3
    picked = [lex["hi_f" if female else "hi_m"](rng)]
    if not female and rng.random() < 0.5:
        picked.append(lex["hi_middle"](rng))
    surname = HI_DEVI if female and rng.random() < 0.08 else lex["hi_sur"](rng)
    picked.append(HI_KUMARI if female and surname == HI_KUMAR else surname)
    deva = tuple(d for d, _ in picked)
    latin = tuple(lat for _, lat in picked)
    names = [" ".join(deva)]
    if rng.random() < 0.75:
        names.append(" ".join(latin))
    return SynthEntry(n, Schema.PERSON, "hi", deva, latin, tuple(names), female)


_PL_FEMININE = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"))


def _la_feminine(surname: str, origin: str) -> str:
    if origin == "pl":
        for m, f in _PL_FEMININE:
            if surname.endswith(m):
                return surname[: -len(m)] + f
    return surname


def _la(rng: random.Random, n: int) -> SynthEntry:
    lex = _lex()
    origin = lex["la_origin"](rng)
    o = lex["la"][origin]
    female = rng.random() < 0.3
    given = [o["f" if female else "m"](rng)]
    if rng.random() < 0.25:
        second = o["f" if female else "m"](rng)
        if second != given[0]:
            given.append(second)
    surnames = [o["sur"](rng)]
    if rng.random() < LA_ORIGINS[origin].double:  # Iberian double surname
        second = o["sur"](rng)
        if second != surnames[0]:
            surnames.append(second)
    if female:
        surnames = [_la_feminine(s, origin) for s in surnames]
    parts = (*given, *surnames)
    names = [" ".join(parts)]
    if rng.random() < 0.4:
        names.append(f"{surnames[0].upper()} {given[0]}")
    if rng.random() < 0.15:
        names.append(f"{given[0]} {_la_feminine(o['sur'](rng), origin) if female else o['sur'](rng)}")  # former name
    return SynthEntry(n, Schema.PERSON, "la", parts, parts, tuple(names), female)


_PERSON = {"ru": _ru, "zh": _zh, "ar": _ar, "hi": _hi, "la": _la}


def _org(rng: random.Random, n: int, culture: str) -> SynthEntry:
    schema = rng.choice((Schema.ORGANIZATION, Schema.COMPANY, Schema.COMPANY, Schema.LEGAL_ENTITY))
    if culture == "ru":
        return _org_ru(rng, n, schema)
    if culture == "zh":
        return _org_zh(rng, n, schema)
    if culture == "ar":
        return _org_ar(rng, n, schema)
    return _org_la(rng, n, schema)  # Latin, and Indian companies (registered under English names)


def _org_ru(rng: random.Random, n: int, schema: Schema) -> SynthEntry:
    lex = _lex()
    k = rng.random()
    if k < 0.7:  # Промстрой, Промстройсервис
        first = rng.choice(RU_ORG_PREFIXES)
        rest = rng.sample(RU_ORG_SUFFIXES, 2 if k < 0.4 else 1)
        ru = [first + "".join(r for r in rest if r != first.lower())]
    elif k < 0.87:  # Север-Транс, Альфа-Строй
        second = rng.choice(RU_ORG_HYPHEN_SECOND) if rng.random() < 0.5 else rng.choice(RU_ORG_SUFFIXES).capitalize()
        ru = [f"{rng.choice(RU_ORG_HYPHEN_FIRST)}-{second}"]
    elif k < 0.994:  # Северный Альянс
        ru = [rng.choice(RU_ORG_ADJECTIVES), rng.choice(RU_ORG_NOUNS)]
    else:  # Вектор: the generic names that thousands of Russian companies share
        ru = [rng.choice(RU_ORG_SINGLE)]
    rform = lex["ru_org_form"](rng)
    parts = (rform, *ru)
    names = [f"{rform} «{' '.join(ru)}»", f"{icao(rform)} {' '.join(icao(w) for w in ru)}"]
    return SynthEntry(n, schema, "ru", parts, tuple(icao(p) for p in parts), tuple(names))


def _org_zh(rng: random.Random, n: int, schema: Schema) -> SynthEntry:
    lex = _lex()
    size = 3 if rng.random() < 0.3 else 2  # a trade name (字号) has two characters or more, all different here
    brand: list[str] = []
    while len(brand) < size:
        c = lex["zh_org_char"](rng)
        if c not in brand:
            brand.append(c)
    zh = (rng.choice(ZH_ORG_PLACES) if rng.random() < 0.25 else "") + "".join(brand)
    if rng.random() < 0.9:
        zh += lex["zh_org_trade"](rng)
    parts = (zh, "有限公司")
    latin = (" ".join(w.capitalize() for w in pinyin(zh)), "Co Ltd")
    names = [zh + "有限公司", f"{''.join(pinyin(zh)).capitalize()} Co., Ltd."]
    return SynthEntry(n, schema, "zh", parts, latin, tuple(names))


def _org_ar(rng: random.Random, n: int, schema: Schema) -> SynthEntry:
    lex = _lex()
    picked = [lex["ar_org_form"](rng)]
    k = rng.random()
    if k < 0.55:
        picked.append(lex["ar_org_name"](rng))
    elif k < 0.85:
        picked.append(lex["ar_family"](rng))
    else:
        picked += [lex["ar_org_name"](rng), lex["ar_family"](rng)]
    activity = rng.random() < 0.85
    if activity:
        picked.append(lex["ar_org_activity"](rng))
    if not activity or rng.random() < 0.25:
        picked.append(lex["ar_org_qualifier"](rng))
    parts = tuple(a for a, _ in picked)
    latin = tuple(lat for _, lat in picked)
    names = [" ".join(parts), " ".join(latin[1:] + latin[:1])]
    return SynthEntry(n, schema, "ar", parts, latin, tuple(names))


def _org_la(rng: random.Random, n: int, schema: Schema) -> SynthEntry:
    lex = _lex()
    k = rng.random()
    if k < 0.35:  # Kestrel Maritime (Services)
        words = [lex["org_brand"](rng), lex["org_sector"](rng)]
    elif k < 0.55:  # Golden Falcon Trading
        words = [lex["org_adj"](rng), lex["org_noun"](rng), lex["org_sector"](rng)]
    elif k < 0.75:  # Garcia Logistics
        words = [lex["la_sur"](rng), lex["org_sector"](rng)]
    else:  # Novalink (Systems)
        words = [rng.choice(ORG_COINED_PREFIXES) + rng.choice(ORG_COINED_SUFFIXES)]
        if rng.random() < 0.7:
            words.append(lex["org_sector"](rng))
    if rng.random() < 0.25:
        generic = rng.choice(ORG_GENERIC)
        if generic not in words:
            words.append(generic)
    form = lex["org_form"](rng)
    parts = (*words, form)
    names = [" ".join(parts)]
    if len(words) >= 2 and rng.random() < 0.3:
        names.append("".join(w[0] for w in words).upper() + " " + form)  # acronym
    return SynthEntry(n, schema, "la", parts, parts, tuple(names))


def register(seed: int, n_entries: int, start: int = 1) -> Iterator[SynthEntry]:
    """Entries ``start .. start + n_entries - 1`` of the register with ``seed``."""
    for n in range(start, start + n_entries):
        yield entry(seed, n)


def entries_for_names(n_names: int) -> int:
    """How many entries make about ``n_names`` names (1.65 names an entry on average)."""
    return max(1, round(n_names / 1.65))


# Spellings kept for variants.negative and older callers: every listed Arabic name (men first), every
# listed Indian surname.
AR_GIVEN: list[Pair] = [p for p, _ in _pairs(AR_MALE)] + [p for p, _ in _pairs(AR_FEMALE)]
HI_SURNAMES: list[Pair] = [p for p, _ in _pairs(HI_SURNAME_LIST)]
