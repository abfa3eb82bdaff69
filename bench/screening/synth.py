"""A synthetic designation register for the screening scale benchmark.

Persons and organisations in five script families (Latin, Cyrillic, Han,
Arabic/Urdu, Devanagari), with aliases, drawn from Zipf-like frequency
distributions so that common names are common: the head of each list is the
real head (Wang/Li/Zhang, Muhammad/Ahmed/Ali, Ivanov/Smirnov, Kumar/Singh,
Smith/Garcia), the tail is built from stems and suffixes so that full names
are mostly, not always, distinct — as in a real register.

Every entry is a pure function of ``(seed, entry number)``: the register can be
streamed without being held in memory, and the query generator
(``variants.py``) asks for the structured parts of any entry again.

This module holds the register's *own* renderings: ICAO 9303 transliteration
of Cyrillic, Hanyu Pinyin, one fixed Latin spelling per Arabic and Devanagari
name. ``variants.py`` renders the same parts through other tables.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from pypinyin import lazy_pinyin

from accord.register.models import Schema


def _words(text: str) -> list[str]:
    return text.split()


class Zipf:
    """Draw items with probability ∝ 1 / rank**s (rank 1 = first item)."""

    def __init__(self, items: Sequence[str], s: float = 1.0) -> None:
        self.items = list(items)
        self.cum = list(itertools.accumulate(1.0 / (r**s) for r in range(1, len(self.items) + 1)))

    def __call__(self, rng: random.Random) -> str:
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


# --- Cyrillic (Russian) -------------------------------------------------------------------------------

RU_SURNAMES_HEAD = _words(
    "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев "
    "Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев "
    "Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев "
    "Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов "
    "Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков "
    "Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов"
)
RU_STEMS = _words(
    "Бел Чёрн Сер Рыж Лыс Кудр Гром Тих Добр Хмел Мороз Сокол Ястреб Голуб Ворон Грач Журавл Лебед Щеглов "
    "Кузнец Плотник Гончар Бондар Мельник Пахар Рыбак Охотник Ткач Шубин Луков Репин Капуст Горох Пшен "
    "Дуб Берёз Клён Лип Сосн Ельц Камен Песк Болот Озер Речн Полев Лесн Горн Степн Заруб Подгор Загор "
    "Кравч Шевч Ковал Бойч Марч Гриц Лыс Гал Бурл Забол Тимош Остап Прох Сав Фом Тит Яким Лук Кирил Евсе"
)
RU_SUFFIXES = ("ов", "ев", "ин", "ский", "енко", "ук", "ых", "цов")
RU_MALE = _words(
    "Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Артём Николай Владимир Павел Денис "
    "Роман Олег Игорь Виктор Юрий Константин Антон Кирилл Никита Илья Вадим Георгий Борис Фёдор Пётр "
    "Григорий Тимур Руслан Станислав Леонид Анатолий Василий Геннадий Валерий Ярослав Степан Глеб Лев"
)
RU_FEMALE = _words(
    "Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина Юлия Анастасия Евгения Марина Дарья "
    "Людмила Галина Оксана Валентина Надежда Вера Любовь Ксения Алина Полина Виктория Софья Алёна Лариса"
)

ICAO_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _words(
    "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y _ e iu ia"), strict=True))
ICAO_CYR["ь"] = ""


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


def ru_patronymic(father: str, female: bool) -> str:
    if father.endswith("ий"):
        return father[:-2] + ("иевна" if female else "иевич")
    if father.endswith("й"):
        return father[:-1] + ("евна" if female else "евич")
    if father == "Лев":
        return "Львовна" if female else "Львович"
    if father.endswith("а"):
        return father[:-1] + ("ична" if female else "ич")
    return father + ("овна" if female else "ович")


@cache
def _ru_surnames() -> Zipf:
    tail = [s + suf for s, suf in itertools.product(RU_STEMS, RU_SUFFIXES)]
    seen = dict.fromkeys(RU_SURNAMES_HEAD + [t for t in tail if t not in RU_SURNAMES_HEAD])
    return Zipf(list(seen), 0.9)


# --- Han (Chinese) ------------------------------------------------------------------------------------

ZH_SURNAMES = [
    *"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
    "欧阳", "司马", "诸葛", "上官",
]
ZH_GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志忠斌宇浩凯健俊峰亮波宁飞林云海"
    "文晓春燕玲婷雪梅琳晨欣怡佳嘉子涵轩博文思雨欢乐天成德新永海东北南安庆福寿康利家荣光耀顺金银宝珠"
)
ZH_ORG_WORDS = [*"华中国东方北南西新天长远大恒泰盛达鑫隆兴宏昌", "科技", "贸易", "实业", "能源", "航运", "物流"]


@cache
def pinyin(han: str) -> list[str]:
    return lazy_pinyin(han, v_to_u=True)


# --- Arabic / Urdu ------------------------------------------------------------------------------------
# (Arabic script, the register's Latin spelling), most frequent first.

AR_GIVEN = [
    ("محمد", "Muhammad"), ("أحمد", "Ahmed"), ("علي", "Ali"), ("عبد الله", "Abdullah"), ("حسن", "Hassan"),
    ("حسين", "Hussein"), ("عمر", "Omar"), ("خالد", "Khalid"), ("إبراهيم", "Ibrahim"), ("يوسف", "Yusuf"),
    ("محمود", "Mahmoud"), ("مصطفى", "Mustafa"), ("عبد الرحمن", "Abdul Rahman"), ("سعيد", "Saeed"),
    ("طارق", "Tariq"), ("عمران", "Imran"), ("عرفان", "Irfan"), ("بلال", "Bilal"), ("حمزة", "Hamza"),
    ("فيصل", "Faisal"), ("ناصر", "Nasser"), ("سلمان", "Salman"), ("زاهد", "Zahid"), ("جاويد", "Javed"),
    ("عثمان", "Usman"), ("آصف", "Asif"), ("راشد", "Rashid"), ("كريم", "Karim"), ("جمال", "Jamal"),
    ("نور", "Noor"), ("أسامة", "Osama"), ("أنور", "Anwar"), ("منصور", "Mansour"), ("صالح", "Saleh"),
    ("ياسر", "Yasser"), ("وليد", "Walid"), ("شاهد", "Shahid"), ("ماجد", "Majid"), ("عادل", "Adel"),
    ("عبد القادر", "Abdul Qadir"), ("عبد العزيز", "Abdul Aziz"), ("سليمان", "Suleiman"), ("إسماعيل", "Ismail"),
    ("مراد", "Murad"), ("رضا", "Reza"), ("جعفر", "Jafar"), ("قاسم", "Qasim"), ("هارون", "Haroon"),
    ("فاطمة", "Fatima"), ("عائشة", "Aisha"), ("زينب", "Zainab"), ("مريم", "Maryam"), ("خديجة", "Khadija"),
]
AR_FAMILY = [
    ("خان", "Khan"), ("حسين", "Hussain"), ("أحمد", "Ahmed"), ("علي", "Ali"), ("قريشي", "Qureshi"),
    ("صديقي", "Siddiqui"), ("ملك", "Malik"), ("شيخ", "Sheikh"), ("چودھری", "Chaudhry"), ("بٹ", "Butt"),
    ("مرزا", "Mirza"), ("رانا", "Rana"), ("اعوان", "Awan"), ("یوسفزئی", "Yousafzai"), ("آفریدی", "Afridi"),
    ("الزهراني", "Al-Zahrani"), ("القحطاني", "Al-Qahtani"), ("الغامدي", "Al-Ghamdi"), ("الحربي", "Al-Harbi"),
    ("العتيبي", "Al-Otaibi"), ("الشمري", "Al-Shammari"), ("الدوسري", "Al-Dosari"), ("المصري", "Al-Masri"),
    ("الحلبي", "Al-Halabi"), ("البغدادي", "Al-Baghdadi"), ("التكريتي", "Al-Tikriti"), ("الكردي", "Al-Kurdi"),
    ("حداد", "Haddad"), ("نجار", "Najjar"), ("خليل", "Khalil"), ("عباس", "Abbas"), ("رحمن", "Rahman"),
    ("اقبال", "Iqbal"), ("نواز", "Nawaz"), ("شاه", "Shah"), ("باجوہ", "Bajwa"), ("گیلانی", "Gilani"),
]
# Tail of nisbas: al- + place + -i.
AR_PLACES = [
    ("بصر", "Basr"), ("كوف", "Kuf"), ("موصل", "Mawsil"), ("حمص", "Hums"), ("يمن", "Yaman"), ("شام", "Sham"),
    ("طرابلس", "Tarabuls"), ("دمشق", "Dimashq"), ("قدس", "Quds"), ("نجد", "Najd"), ("حجاز", "Hijaz"),
    ("جزائر", "Jazair"), ("سود", "Sud"), ("عمر", "Umar"), ("زبير", "Zubayr"), ("حسن", "Hasan"), ("فلاح", "Falah"),
    ("رشيد", "Rashid"), ("سعد", "Saad"), ("كريم", "Karim"), ("ناصر", "Nasir"), ("سالم", "Salim"), ("جبور", "Jabbur"),
]


@cache
def _ar_families() -> list[tuple[str, str]]:
    tail = [(f"ال{a}ي", f"Al-{lat}i") for a, lat in AR_PLACES]
    tail += [(f"{a1} {a2}", f"{l1} {l2}") for (a1, l1), (a2, l2) in itertools.product(AR_FAMILY[:12], AR_FAMILY[20:])]
    return AR_FAMILY + tail


# --- Devanagari (Hindi) -------------------------------------------------------------------------------

HI_GIVEN = [
    ("राजेश", "Rajesh"), ("सुनील", "Sunil"), ("अनिल", "Anil"), ("अमित", "Amit"), ("संजय", "Sanjay"),
    ("विजय", "Vijay"), ("राहुल", "Rahul"), ("सुरेश", "Suresh"), ("रमेश", "Ramesh"), ("मनोज", "Manoj"),
    ("दीपक", "Deepak"), ("अशोक", "Ashok"), ("राकेश", "Rakesh"), ("प्रदीप", "Pradeep"), ("विनोद", "Vinod"),
    ("अजय", "Ajay"), ("महेश", "Mahesh"), ("गणेश", "Ganesh"), ("अरुण", "Arun"), ("विकास", "Vikas"),
    ("नरेंद्र", "Narendra"), ("रवि", "Ravi"), ("मुकेश", "Mukesh"), ("आनंद", "Anand"), ("हरीश", "Harish"),
    ("प्रिया", "Priya"), ("सुनीता", "Sunita"), ("अनीता", "Anita"), ("पूजा", "Pooja"), ("नेहा", "Neha"),
    ("कविता", "Kavita"), ("गीता", "Geeta"), ("सीता", "Sita"), ("लक्ष्मी", "Lakshmi"), ("रेखा", "Rekha"),
    ("जगदीश", "Jagdish"), ("योगेश", "Yogesh"), ("दिनेश", "Dinesh"), ("नितिन", "Nitin"), ("सचिन", "Sachin"),
    ("विक्रम", "Vikram"), ("आदित्य", "Aditya"), ("रोहित", "Rohit"), ("गौरव", "Gaurav"), ("सौरभ", "Saurabh"),
    ("अभिषेक", "Abhishek"), ("प्रकाश", "Prakash"), ("किशोर", "Kishore"), ("मोहन", "Mohan"), ("श्याम", "Shyam"),
    ("गोपाल", "Gopal"), ("कृष्ण", "Krishna"), ("हरि", "Hari"), ("शिव", "Shiv"), ("भरत", "Bharat"),
    ("उमेश", "Umesh"), ("कमल", "Kamal"), ("पंकज", "Pankaj"), ("नवीन", "Naveen"), ("तरुण", "Tarun"),
    ("वरुण", "Varun"), ("अर्जुन", "Arjun"), ("करण", "Karan"), ("सुमित", "Sumit"), ("अंकित", "Ankit"),
]
HI_SURNAMES = [
    ("कुमार", "Kumar"), ("सिंह", "Singh"), ("शर्मा", "Sharma"), ("यादव", "Yadav"), ("गुप्ता", "Gupta"),
    ("वर्मा", "Verma"), ("पटेल", "Patel"), ("मिश्रा", "Mishra"), ("पांडे", "Pandey"), ("तिवारी", "Tiwari"),
    ("चौहान", "Chauhan"), ("जोशी", "Joshi"), ("श्रीवास्तव", "Srivastava"), ("राठौर", "Rathore"), ("ठाकुर", "Thakur"),
    ("दुबे", "Dubey"), ("शुक्ला", "Shukla"), ("त्रिपाठी", "Tripathi"), ("अग्रवाल", "Agarwal"), ("जैन", "Jain"),
    ("मेहता", "Mehta"), ("नायर", "Nair"), ("रेड्डी", "Reddy"), ("राव", "Rao"), ("चौधरी", "Chaudhary"),
    ("बंसल", "Bansal"), ("गोयल", "Goyal"), ("सक्सेना", "Saxena"), ("भट्ट", "Bhatt"), ("देसाई", "Desai"),
    ("कपूर", "Kapoor"), ("खन्ना", "Khanna"), ("मल्होत्रा", "Malhotra"), ("सेठी", "Sethi"), ("अरोड़ा", "Arora"),
    ("भाटिया", "Bhatia"), ("चोपड़ा", "Chopra"), ("पांडेय", "Pandey"), ("द्विवेदी", "Dwivedi"), ("चतुर्वेदी", "Chaturvedi"),
    ("सिन्हा", "Sinha"), ("प्रजापति", "Prajapati"), ("कुशवाहा", "Kushwaha"), ("मौर्य", "Maurya"), ("निषाद", "Nishad"),
    ("पाल", "Pal"), ("सोनी", "Soni"), ("रस्तोगी", "Rastogi"), ("माथुर", "Mathur"), ("बघेल", "Baghel"),
]
HI_MIDDLE = [("कुमार", "Kumar"), ("प्रसाद", "Prasad"), ("लाल", "Lal"), ("चंद्र", "Chandra"), ("नाथ", "Nath"),
             ("प्रताप", "Pratap"), ("देव", "Dev"), ("राज", "Raj"), ("पाल", "Pal"), ("नारायण", "Narayan")]

# --- Latin --------------------------------------------------------------------------------------------

LA_SURNAMES_HEAD = _words(
    "Smith Garcia Johnson Rodriguez Martinez Hernandez Lopez Gonzalez Muller Schmidt Schneider Fischer Weber "
    "Martin Bernard Dubois Thomas Robert Richard Petit Rossi Russo Ferrari Esposito Bianchi Silva Santos "
    "Oliveira Souza Pereira Costa Nowak Kowalski Wisniewski Jansen Visser Yilmaz Kaya Demir Sahin Celik Brown "
    "Williams Jones Miller Davis Wilson Anderson Taylor Moore Jackson White Harris Clark Lewis Walker Hall"
)
LA_STEMS = _words(
    "Berg Stein Wald Feld Bach Brun Hof Lind Mar Ros Val Mont Cas Ferr Sanch Dom Alv Mend Cab Car Guer Vel "
    "Hart Ash Black Whit Green Wood Brook Hill Ford Lang Kirch Acker Morr Gall Bell Colom Lar Mor Pes Gor"
)
LA_SUFFIXES = ("er", "mann", "son", "ez", "ini", "ard", "ley", "ton", "ello", "ides")
LA_GIVEN_M = _words(
    "James John Robert Michael David William Richard Joseph Thomas Charles Daniel Matthew Jose Juan Carlos "
    "Luis Antonio Pierre Jean Michel Hans Peter Klaus Stefan Marco Giuseppe Paolo Joao Pedro Piotr Jan Mehmet "
    "Mustafa Ahmet Lars Erik Jens Andreas Christian Pablo Diego Miguel Rafael Francesco Luca Alessandro"
)
LA_GIVEN_F = _words(
    "Mary Patricia Jennifer Linda Elizabeth Maria Ana Carmen Laura Sophie Marie Anne Claire Julia Anna "
    "Giulia Francesca Sofia Emma Olivia Isabel Lucia Elena Paula Katarzyna Agnieszka Fatma Ayse Ingrid"
)

# --- organisations ------------------------------------------------------------------------------------

ORG_WORDS = _words(
    "Global Northern Southern Eastern Western United International National Pacific Atlantic Golden Silver "
    "Star Crescent Union Alliance Trade Trading Transit Logistics Shipping Energy Petroleum Mining Capital "
    "Investment Holding Industrial Technology Systems Services Solutions Consulting Maritime Aviation Security "
    "Agro Construction Development Resources Import Export General Prime Delta Alpha Omega Falcon Eagle Lion"
)
ORG_FORMS = ("LLC", "Ltd", "Limited", "Inc", "Corporation", "GmbH", "SA", "JSC", "Company", "Group", "FZE", "LLP")
RU_ORG_WORDS = _words(
    "Северный Южный Восточный Западный Транзит Трейд Ресурс Инвест Капитал Альянс Энерго Нефть Газ Строй "
    "Сервис Логистик Флот Авиа Агро Металл Профит Импульс Вектор Гарант Союз Звезда Сибирь Урал Волга Балтика"
)
RU_ORG_FORMS = ("ООО", "АО", "ПАО", "ЗАО")
AR_ORG_WORDS = [
    ("النور", "Al-Nour"), ("الأمل", "Al-Amal"), ("الفجر", "Al-Fajr"), ("الهدى", "Al-Huda"), ("الخير", "Al-Khair"),
    ("الرحمة", "Al-Rahma"), ("السلام", "Al-Salam"), ("الإسلامية", "Al-Islamiya"), ("الخيرية", "Al-Khairiya"),
    ("للتجارة", "Trading"), ("للصرافة", "Exchange"), ("للنقل", "Transport"), ("الدولية", "International"),
]
AR_ORG_FORMS = [("شركة", "Company"), ("مؤسسة", "Foundation"), ("جمعية", "Society"), ("مجموعة", "Group")]


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


@cache
def _lex() -> dict[str, Zipf]:
    ru = _ru_surnames()
    la_tail = [s + x for s, x in itertools.product(LA_STEMS, LA_SUFFIXES)]
    return {
        "ru_sur": ru,
        "ru_m": Zipf(RU_MALE, 0.8),
        "ru_f": Zipf(RU_FEMALE, 0.8),
        "zh_sur": Zipf(ZH_SURNAMES, 1.0),
        "zh_given": Zipf(ZH_GIVEN, 0.6),
        "ar_given": Zipf([str(i) for i in range(len(AR_GIVEN) - 5)], 1.0),  # the last five are female
        "ar_female": Zipf([str(i) for i in range(len(AR_GIVEN) - 5, len(AR_GIVEN))], 0.5),
        "ar_family": Zipf([str(i) for i in range(len(_ar_families()))], 0.8),
        "hi_given": Zipf([str(i) for i in range(len(HI_GIVEN))], 0.7),
        "hi_sur": Zipf([str(i) for i in range(len(HI_SURNAMES))], 1.0),
        "la_sur": Zipf(list(dict.fromkeys(LA_SURNAMES_HEAD + la_tail)), 0.8),
        "la_m": Zipf(LA_GIVEN_M, 0.7),
        "la_f": Zipf(LA_GIVEN_F, 0.7),
    }


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


def _zh(rng: random.Random, n: int) -> SynthEntry:
    lex = _lex()
    surname = lex["zh_sur"](rng)
    given = "".join(lex["zh_given"](rng) for _ in range(1 if rng.random() < 0.35 else 2))
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
    first = AR_GIVEN[int(lex["ar_female" if female else "ar_given"](rng))]
    picked = [first]
    for _ in range(2 if rng.random() < 0.3 else 1 if rng.random() < 0.8 else 0):  # father's, grandfather's name
        picked.append(AR_GIVEN[int(lex["ar_given"](rng))])
    picked.append(_ar_families()[int(lex["ar_family"](rng))])
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
    picked = [HI_GIVEN[int(lex["hi_given"](rng))]]
    if rng.random() < 0.5:
        picked.append(rng.choice(HI_MIDDLE))
    picked.append(HI_SURNAMES[int(lex["hi_sur"](rng))])
    deva = tuple(d for d, _ in picked)
    latin = tuple(lat for _, lat in picked)
    names = [" ".join(deva)]
    if rng.random() < 0.75:
        names.append(" ".join(latin))
    return SynthEntry(n, Schema.PERSON, "hi", deva, latin, tuple(names), picked[0][1].endswith("a"))


def _la(rng: random.Random, n: int) -> SynthEntry:
    lex = _lex()
    female = rng.random() < 0.3
    given = [lex["la_f" if female else "la_m"](rng)]
    if rng.random() < 0.25:
        given.append(lex["la_f" if female else "la_m"](rng))
    surnames = [lex["la_sur"](rng)]
    if rng.random() < 0.15:  # Iberian double surname
        surnames.append(lex["la_sur"](rng))
    parts = (*given, *surnames)
    names = [" ".join(parts)]
    if rng.random() < 0.4:
        names.append(f"{surnames[0].upper()} {given[0]}")
    if rng.random() < 0.15:
        names.append(f"{given[0]} {lex['la_sur'](rng)}")  # a former or assumed name
    return SynthEntry(n, Schema.PERSON, "la", parts, parts, tuple(names), female)


_PERSON = {"ru": _ru, "zh": _zh, "ar": _ar, "hi": _hi, "la": _la}


def _org(rng: random.Random, n: int, culture: str) -> SynthEntry:
    schema = rng.choice((Schema.ORGANIZATION, Schema.COMPANY, Schema.COMPANY, Schema.LEGAL_ENTITY))
    words = [rng.choice(ORG_WORDS) for _ in range(rng.randint(2, 3))]
    form = rng.choice(ORG_FORMS)
    if culture == "ru":
        ru = [rng.choice(RU_ORG_WORDS) for _ in range(rng.randint(1, 2))]
        rform = rng.choice(RU_ORG_FORMS)
        parts = (rform, *ru)
        names = [f"{rform} «{' '.join(ru)}»", f"{icao(rform)} {' '.join(icao(w) for w in ru)}"]
        return SynthEntry(n, schema, "ru", parts, tuple(icao(p) for p in parts), tuple(names))
    if culture == "zh":
        zh = "".join(rng.choice(ZH_ORG_WORDS) for _ in range(rng.randint(2, 3)))
        parts = (zh, "有限公司")
        latin = (" ".join(w.capitalize() for w in pinyin(zh)), "Co Ltd")
        names = [zh + "有限公司", f"{''.join(pinyin(zh)).capitalize()} Co., Ltd."]
        return SynthEntry(n, schema, "zh", parts, latin, tuple(names))
    if culture == "ar":
        picked = [rng.choice(AR_ORG_FORMS), *(rng.choice(AR_ORG_WORDS) for _ in range(rng.randint(1, 2)))]
        parts = tuple(a for a, _ in picked)
        latin = tuple(lat for _, lat in picked)
        names = [" ".join(parts), " ".join(latin[1:] + latin[:1])]
        return SynthEntry(n, schema, "ar", parts, latin, tuple(names))
    parts = (*words, form)
    names = [" ".join(parts)]
    if rng.random() < 0.3:
        names.append("".join(w[0] for w in words).upper() + " " + form)  # acronym
    return SynthEntry(n, schema, "la", parts, parts, tuple(names))


def register(seed: int, n_entries: int, start: int = 1) -> Iterator[SynthEntry]:
    """Entries ``start .. start + n_entries - 1`` of the register with ``seed``."""
    for n in range(start, start + n_entries):
        yield entry(seed, n)


def entries_for_names(n_names: int) -> int:
    """How many entries make about ``n_names`` names (1.65 names an entry on average)."""
    return max(1, round(n_names / 1.65))
