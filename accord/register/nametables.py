"""Hand-written linguistic tables for the screening name matcher.

Everything here is general knowledge about names and organisation names
(common spellings, titles, legal forms, transliteration conventions). Keys of
Latin tables are lower-case ASCII; names.py folds them once at import into the
form it compares on. Nothing here is keyed on benchmark cases.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """Whitespace-separated words of a table literal."""
    return tuple(text.split())

# --------------------------------------------------------------------------
# Titles, ranks and honorifics, dropped from person names (any position).
# Latin entries are single tokens after romanisation; Han titles are stripped
# as prefixes/suffixes of the Han string before romanisation.
# --------------------------------------------------------------------------
TITLES_LATIN: frozenset[str] = frozenset(
    _words("""
    mr mrs ms miss mx dr doctor prof professor sir dame lord lady madam madame mme mlle monsieur
    herr frau hr fr dipl ing mag
    president prasident praesident premier minister chairman chairwoman chair secretary general
    ambassador senator deputy governor mayor judge justice hon honourable honorable excellency
    he his her rev reverend father fr brother sister saint st
    col colonel lt lieutenant gen maj major capt captain cpt cmdr commander brig brigadier adm
    admiral sgt sergeant cpl corporal pvt private marshal field lieut commodore ensign
    polkovnik podpolkovnik general generalmaior generalleitenant generalpolkovnik mayor kapitan
    leitenant starshii mladshii serzhant efreitor ryadovoi marshal kontr vitse admiral
    gospodin gospozha tovarishch
    haji hajji hadji alhaji alhajj hajj hajja hajjah hajiya
    maulana moulana mawlana maulvi moulvi molvi mawlawi mawlavi mullah mulla molla mollah
    sheikh shaikh shaykh sheik shekh cheikh shaik
    sayyid sayed syed seyed seyyed sayyed sharif
    imam emir amir mufti qazi qadi kazi allama hafiz hafez qari ustad ustaz ustadh
    mir pir hazrat janab sahib sahab begum khanum
    shri sri shree smt shrimati kumari kum pandit pt thiru thirumathi selvi karnal mejar janral daktar shriman
    datuk dato datin tan tun tengku tunku raja
    xiansheng nvshi nushi boshi
    """)
)
# Titles that are also frequent name parts; dropped only when the name keeps
# at least two other parts (so "Mir Wali" keeps "Mir", "Amir Khan" keeps "Amir").
AMBIGUOUS_TITLES: frozenset[str] = frozenset(
    _words(
        "mir pir sayyid sayed syed seyed sharif amir emir tan tun raja hafiz hafez qari mayor "
        "general major private field justice chair st saint father brother sister"
    )
)
# Multi-token titles (matched as sequences after romanisation).
TITLE_SEQUENCES: tuple[tuple[str, ...], ...] = (
    ("major", "general"),
    ("lieutenant", "general"),
    ("lieutenant", "colonel"),
    ("brigadier", "general"),
    ("general", "maior"),
    ("general", "leitenant"),
    ("general", "polkovnik"),
    ("general", "mayor"),
    ("general", "leytenant"),
    ("his", "excellency"),
    ("her", "excellency"),
)
# Han-script titles and polite forms (after traditional→simplified).
TITLES_HAN: tuple[str, ...] = (
    "先生", "女士", "小姐", "夫人", "太太", "博士", "教授", "同志", "老师",
    "主席", "总统", "总理", "部长", "将军", "上将", "中将", "少将", "大校", "上校", "中校", "少校",
    "上尉", "中尉", "少尉", "阁下", "医生", "大师",
)
# Devanagari honorifics (romanised they also appear in TITLES_LATIN).
TITLES_DEVA: frozenset[str] = frozenset({"श्री", "श्रीमती", "सुश्री", "कुमारी", "डॉ", "डॉ.", "पंडित", "स्वामी"})

# --------------------------------------------------------------------------
# Particles and connectors that carry little identity.
# --------------------------------------------------------------------------
ARABIC_ARTICLES: frozenset[str] = frozenset(
    _words("al el ul ud ur us ut ad ar as ash at az an ed er es et ez il ol")
)
# Urdu/Persian izafat in Latin ("Lashkar-e-Taiba", "Tehrik-i-Taliban").
IZAFAT: frozenset[str] = frozenset({"e", "i", "y", "o"})
PATRONYM_LINKS: frozenset[str] = frozenset(_words("bin ibn ben bint binti bte ibnu binte ould wuld walad"))
NOBILIARY: frozenset[str] = frozenset(_words("de da do dos das di del della van der den von zu te ter la le du"))
# Family-forming suffix words: "ogly", "kyzy" (Turkic), "uly", "uulu".
TURKIC_PATRONYMIC: frozenset[str] = frozenset(_words("ogly oglu ogli ugli kyzy qizi kizi uly uulu"))

# --------------------------------------------------------------------------
# Name-variant groups: spellings of one name (general knowledge of common
# romanisations). The first entry names the group.
# --------------------------------------------------------------------------
NAME_VARIANTS: tuple[tuple[str, ...], ...] = (
    ("muhammad", "mohammad", "mohammed", "muhammed", "mohamed", "mohamad", "muhamad", "mohd", "muhd",
     "mhd", "mohammod", "mohamud", "mohamoud", "mehmet", "mehmed", "magomed", "mamed", "mukhammad",
     "mukhammed", "muhammet", "mahomed", "mouhamed", "mouhammad", "md"),
    ("ahmad", "ahmed", "ahmet", "akhmed", "akhmad", "ahmat", "achmed", "achmad", "ehmed"),
    ("mahmud", "mahmood", "mahmoud", "makhmud", "mehmood", "mahmut"),
    ("mustafa", "mostafa", "moustafa", "mustapha", "mustafo"),
    ("yusuf", "yousuf", "yousaf", "yusof", "yousef", "youssef", "yusif", "yussuf", "yusup", "jusuf",
     "yosef", "joseph", "iosif", "josef", "yousif", "usuf"),
    ("husain", "hussain", "hussein", "husein", "husayn", "hussayn", "hossein", "hosain", "hosein",
     "huseyin", "gusein", "huseyn"),
    ("hasan", "hassan", "hasaan", "gasan", "khasan", "hassane"),
    ("chaudhry", "chaudhary", "choudhry", "chaudhri", "choudhary", "chowdhury", "chaudry", "choudhury",
     "chowdhry", "chodhary", "chaudhari"),
    ("rahman", "rehman", "rahmon", "rakhman", "rachman", "rahmaan"),
    ("rahim", "raheem", "rakhim", "rahime"),
    ("abd", "abdul", "abdel", "abdal", "abdol", "abdur", "abdus", "abdu", "abdoul", "abdou", "abdi"),
    ("abdullah", "abdulla", "abdallah", "abdalla", "abdellah", "abdollah", "abdoullah"),
    ("usama", "osama", "ussama", "oussama"),
    ("umar", "omar", "omer", "umer", "oumar"),
    ("usman", "osman", "uthman", "othman", "usmon", "osmon"),
    ("ali", "aly", "alee"),
    ("sayyid", "sayed", "syed", "seyed", "sayyed", "seyyed", "said", "saeed", "saed", "sayid"),
    ("abu", "abou", "abo", "aboo"),
    ("jafar", "jaafar", "jafer", "djafar", "dzhafar"),
    ("khalid", "khaled", "halid", "khalit"),
    ("tariq", "tarik", "tarek", "tareq"),
    ("qasim", "kasim", "qassim", "qasem", "kassem", "kasym", "qassem"),
    ("ibrahim", "ebrahim", "ibragim", "ibrahem", "brahim"),
    ("ismail", "ismael", "esmail", "ismoil", "ismayil"),
    ("sulaiman", "suleiman", "sulayman", "sulejman", "suleyman", "sulaymon", "soliman"),
    ("zakaria", "zakariya", "zakariyya", "zakariah", "zakaryia"),
    ("yahya", "yahia", "yehia", "yahyo"),
    ("abbas", "abas"),
    ("nur", "noor", "nour", "nuri", "noori"),
    ("din", "deen", "dine", "ddin", "dinn"),
    ("sharif", "shareef", "sherif", "sharip"),
    ("aziz", "azeez", "azis"),
    ("habib", "habeeb"),
    ("iqbal", "ikbal"),
    ("zafar", "zafer", "dhafar"),
    ("haqqani", "hakkani", "haqani"),
    ("mansur", "mansour", "mansoor"),
    ("nasir", "nasser", "naser", "nasr", "nassir"),
    ("bashir", "basheer", "beshir"),
    ("rashid", "rasheed", "rachid", "rashed", "rashit"),
    ("majid", "majeed", "madjid", "magid"),
    ("hamid", "hameed", "hamed"),
    ("waheed", "wahid", "vahid"),
    ("saifullah", "sayfullah", "saifulla"),
    ("fatima", "fatimah", "fatma", "fatemeh", "fotima"),
    ("aisha", "ayesha", "aishah", "aysha", "aiesha", "oisha"),
    ("maryam", "mariam", "maryum", "meryem"),
    ("zainab", "zaynab", "zeinab", "zaineb"),
    ("khadija", "khadijah", "hatice", "khadizha"),
    ("shah", "shakh", "sha"),
    ("khan", "xon", "han"),
    ("bakhsh", "bux", "baksh", "bakhash", "buksh", "bakhsch"),
    ("bahadur", "bdr", "bahadar", "bahodir", "bakhodir", "bahodur"),
    # Cyrillic given names in press, passport and national spellings.
    ("aleksandr", "alexander", "alexandr", "aleksander", "alexandre", "oleksandr", "aliaksandr",
     "alyaksandr", "aleksandar", "alessandro", "alejandro"),
    ("aleksei", "alexei", "alexey", "aleksey", "oleksii", "oleksiy", "aliaksei", "alexis"),
    ("andrei", "andrey", "andriy", "andrii", "andrew", "andrzej", "andre", "andreas"),
    ("dmitri", "dmitry", "dmitrii", "dmytro", "dzmitry", "dimitri", "dimitry", "dimitrios"),
    ("evgeni", "yevgeny", "yevgeniy", "evgeny", "evgenii", "yevhen", "yauhen", "eugene", "evgenij",
     "jevgenij", "ievgen", "ievgenii", "yevgen"),
    ("georgi", "georgy", "georgii", "heorhiy", "george", "georgiy", "giorgi", "giorgos", "jorge", "georges"),
    # Yuri comes from Georgi historically, but they are two names today.
    ("yuri", "yury", "yurii", "iurii", "yuriy", "jurij", "youri", "juri", "yurij"),
    ("semen", "semyon", "semion"),
    ("grigori", "grigory", "grigorii", "hryhoriy", "gregory"),
    ("ivan", "ivano", "iwan", "ioann", "john", "jan", "johann", "juan", "ian"),
    ("mikhail", "mikheil", "mikhael", "mykhailo", "mikhal", "michael", "michail", "mihail", "mikail", "mikael"),
    ("nikolai", "nikolay", "mykola", "mikalai", "nicholas", "nikola", "nicolai", "nicolas"),
    ("pavel", "pavlo", "paul", "pavlos", "pablo", "paulo"),
    ("petr", "pyotr", "petro", "peter", "piotr", "pedro", "pierre"),
    ("sergei", "sergey", "serhiy", "serhii", "siarhei", "sergiy", "sergii", "serge", "sergio",
     "sergej", "sergejs"),
    ("vladimir", "volodymyr", "uladzimir", "wladimir", "vladymyr"),
    ("viktor", "victor", "wiktor"),
    ("yakov", "iakov", "jacob", "yakiv", "jakub", "yaakov"),
    ("ilya", "ilia", "illia", "ilja", "elijah"),
    ("fedor", "fyodor", "fiodor", "theodore", "fedir", "teodor"),
    ("oleg", "oleh", "aleh"),
    ("olga", "olha", "volha"),
    ("tatiana", "tatyana", "tetiana", "tatsiana"),
    ("elena", "yelena", "olena", "alena", "helen", "helena", "jelena", "alyona"),
    ("natalia", "natalya", "nataliya", "natallia", "natalie"),
    ("yulia", "yuliya", "iuliia", "julia", "yuliia"),
    ("nursultan", "nursoltan"),
    ("kassym", "kasym", "qasym"),
)

# Common English nicknames and short forms (first entry = full form).
NICKNAMES: tuple[tuple[str, ...], ...] = (
    ("benjamin", "ben", "benny", "bibi"),
    ("theodore", "ted", "teddy", "theo"),
    ("william", "bill", "billy", "will", "willy"),
    ("robert", "bob", "bobby", "rob", "robbie", "bert"),
    ("richard", "dick", "rick", "ricky", "rich"),
    ("edward", "ed", "eddie", "ted", "ned"),
    ("james", "jim", "jimmy", "jamie"),
    ("joseph", "joe", "joey", "jo"),
    ("thomas", "tom", "tommy"),
    ("anthony", "tony"),
    ("charles", "charlie", "chuck"),
    ("christopher", "chris"),
    ("daniel", "dan", "danny"),
    ("david", "dave", "davey"),
    ("donald", "don", "donnie"),
    ("elizabeth", "liz", "beth", "betty", "eliza", "lisa"),
    ("margaret", "maggie", "meg", "peggy", "marge"),
    ("katherine", "kate", "kathy", "katie", "catherine"),
    ("jennifer", "jen", "jenny"),
    ("michael", "mike", "mick", "mickey"),
    ("nicholas", "nick", "nicky"),
    ("patrick", "pat", "paddy"),
    ("samuel", "sam", "sammy"),
    ("stephen", "steve", "steven", "stefan"),
    ("alexander", "alex", "sasha", "sacha", "sandy"),
    ("vladimir", "vova", "volodya"),
    ("dmitri", "dima"),
    ("aleksei", "alyosha", "lyosha"),
    ("mikhail", "misha"),
    ("sergei", "seryozha"),
    ("evgeni", "zhenya"),
    ("yevgeniya", "zhenya"),
    ("barack", "barry"),
    ("abdullah", "abdulla"),
)

# --------------------------------------------------------------------------
# Legal forms of organisations → a form class. Classes in one compatibility
# set do not conflict (a "Ltd" and an "LLC" may be the same company; an AG and
# a GmbH are not).
# Multi-word forms are given as token sequences after romanisation.
# --------------------------------------------------------------------------
LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "llc": ("общество с ограниченной ответственностью", "товарищество с ограниченной ответственностью",
            "жауапкершілігі шектеулі серіктестік", "масъулияти чекланган жамият",
            "llc", "l l c", "ooo", "limited liability company", "limited liability co",
            "obshchestvo s ogranichennoi otvetstvennostiu", "obshchestvo s ogranichennoy otvetstvennostyu",
            "obshchestvo s ogranichennoi otvetstvennostyu",
            "tovarishchestvo s ogranichennoi otvetstvennostiu", "too", "tov",
            "mchj", "gmbh", "g m b h", "gesellschaft mit beschrankter haftung", "sarl", "s a r l", "srl",
            "s r l", "societatea cu raspundere limitata", "sp z o o", "spzoo", "sro", "s r o", "kft", "bv", "b v",
            "ltda", "youxian zerengongsi", "youxianzerengongsi", "lp", "l p", "llp", "l l p"),
    "ltd": ("ltd", "limited", "pvt ltd", "private limited", "pvt", "pte ltd", "pte", "pty ltd", "pty",
            "co ltd", "company limited", "youxian gongsi", "youxiangongsi", "kk", "kabushiki kaisha"),
    "jsc": ("акционерное общество", "публичное акционерное общество", "открытое акционерное общество",
            "закрытое акционерное общество", "непубличное акционерное общество", "акціонерне товариство",
            "публічне акціонерне товариство", "приватне акціонерне товариство", "акционерлік қоғам",
            "jsc", "ao", "oao", "ojsc", "pao", "pjsc", "zao", "cjsc", "jscb", "aktsionernoe obshchestvo",
            "otkrytoe aktsionernoe obshchestvo", "zakrytoe aktsionernoe obshchestvo",
            "publichnoe aktsionernoe obshchestvo", "joint stock company", "joint-stock company",
            "open joint stock company", "closed joint stock company", "public joint stock company",
            "aksionerlik jamiyati", "aj", "ag", "aktiengesellschaft", "sa", "s a", "nv", "n v",
            "gufen youxian gongsi", "gufenyouxiangongsi", "spa", "s p a", "as", "a s", "ab", "oyj", "asa",
            "se", "plc", "public limited company", "p l c", "tbk", "pt", "p t"),
    "inc": ("inc", "incorporated", "corp", "corporation", "co", "company", "gongsi", "kompaniia", "kompaniya",
            "korporatsiia", "korporatsiya"),
    "foundation_form": ("автономная некоммерческая организация", "некоммерческая организация","gemeinnutzige", "ev",
    "e v", "eingetragener verein", "ngo", "ano",
                        "avtonomnaia nekommercheskaia organizatsiia"),
}
# Form classes that do not conflict with each other.
COMPATIBLE_FORMS: tuple[frozenset[str], ...] = (
    frozenset({"llc", "ltd", "inc"}),
    frozenset({"jsc", "inc", "ltd"}),
)
# Han legal forms (simplified), stripped as suffixes before romanisation.
LEGAL_FORMS_HAN: tuple[tuple[str, str], ...] = (
    ("股份有限公司", "jsc"),
    ("有限责任公司", "llc"),
    ("有限公司", "ltd"),
    ("集团公司", "inc"),
    ("公司", "inc"),
)
# Cyrillic abbreviations written in capitals before/after quoted names.
LEGAL_FORMS_CYRILLIC: dict[str, str] = {
    "ооо": "llc", "тоо": "llc", "оао": "jsc", "зао": "jsc", "пао": "jsc", "ао": "jsc", "нао": "jsc",
    "ип": "llc", "ано": "foundation_form", "тов": "llc", "пат": "jsc", "прат": "jsc",
}

# --------------------------------------------------------------------------
# Organisation vocabulary: words and their translations → one concept token.
# Latin keys are romanised words; Cyrillic entries are stems (prefix match on
# the lower-cased Cyrillic word, so inflected forms map too); Han entries are
# matched greedily inside the Han string.
# --------------------------------------------------------------------------
ORG_TERMS_LATIN: dict[str, str] = {
    "foundation": "foundation", "fund": "foundation", "fond": "foundation", "fonds": "foundation",
    "stiftung": "foundation", "fundacion": "foundation", "fondation": "foundation", "waqf": "foundation",
    "movement": "movement", "harakat": "movement", "harakah": "movement", "haraka": "movement",
    "tehrik": "movement", "tahrik": "movement", "tehreek": "movement", "dvizhenie": "movement",
    "yundong": "movement", "mouvement": "movement", "harakati": "movement",
    "party": "party", "hizb": "party", "hezb": "party", "partiia": "party", "partiya": "party",
    "dang": "party", "partei": "party", "parti": "party", "partido": "party",
    "front": "front", "jabhat": "front", "jabha": "front", "jabhah": "front", "zhenxian": "front",
    "frente": "front", "mahaz": "front",
    "army": "army", "jaish": "army", "jaysh": "army", "jeish": "army", "armiia": "army", "armiya": "army",
    "jun": "army", "lashkar": "army", "lashkare": "army", "armee": "army", "ejercito": "army",
    "islamic": "islamic", "islami": "islamic", "islamiya": "islamic", "islamiyah": "islamic",
    "islamiyya": "islamic", "islamiyyah": "islamic", "islamique": "islamic", "islamskii": "islamic",
    "islamskaia": "islamic", "islamskoe": "islamic", "yisilan": "islamic", "islamist": "islamic",
    "islam": "islamic",
    "state": "state", "dawla": "state", "dawlat": "state", "dawlah": "state", "gosudarstvo": "state",
    "guojia": "state",
    "organization": "organization", "organisation": "organization", "tanzim": "organization",
    "tanzeem": "organization", "organizatsiia": "organization", "organizatsiya": "organization",
    "zuzhi": "organization",
    "group": "group", "jamaat": "group", "jamaah": "group", "jamaa": "group", "jamaah'": "group",
    "jemaah": "group", "gruppa": "group", "gruppe": "group", "groupe": "group", "grupo": "group",
    "jituan": "group", "jamiat": "group", "jamiyat": "group",
    "brotherhood": "brotherhood", "ikhwan": "brotherhood", "bratstvo": "brotherhood",
    "liberation": "liberation", "tahrir": "liberation", "osvobozhdenie": "liberation", "jiefang": "liberation",
    "union": "union", "soiuz": "union", "soyuz": "union", "ittihad": "union", "lianmeng": "union",
    "council": "council", "sovet": "council", "majlis": "council", "shura": "council",
    "holy": "holy", "sviashchennyi": "holy", "muqaddas": "holy",
    "war": "war", "jihad": "jihad", "dzhikhad": "jihad", "shengzhan": "jihad",
    "east": "east", "dong": "east", "vostochnyi": "east", "sharq": "east", "eastern": "east",
    "west": "west", "xi": "west", "zapadnyi": "west", "western": "west",
    "north": "north", "bei": "north", "severnyi": "north", "northern": "north",
    "south": "south", "nan": "south", "iuzhnyi": "south", "southern": "south",
    "turkestan": "turkestan", "turkistan": "turkestan", "turkestana": "turkestan", "tujuesitan": "turkestan",
    "bank": "bank", "yinhang": "bank",
    "international": "international", "mezhdunarodnyi": "international", "guoji": "international",
    "national": "national", "natsionalnyi": "national",
    "people": "people", "peoples": "people", "narodnyi": "people", "renmin": "people", "people's": "people",
    "revolutionary": "revolutionary", "revoliutsionnyi": "revolutionary", "geming": "revolutionary",
    "defence": "defence", "defense": "defence", "oborona": "defence", "fangwei": "defence",
    "martyrs": "martyrs", "shuhada": "martyrs", "shohada": "martyrs",
    "brigade": "brigade", "brigades": "brigade", "katibat": "brigade", "kataib": "brigade",
    "brigada": "brigade", "liwa": "brigade",
    "committee": "committee", "komitet": "committee", "weiyuanhui": "committee",
    "centre": "centre", "center": "centre", "tsentr": "centre", "zhongxin": "centre", "markaz": "centre",
    "society": "society", "obshchestvo": "society", "shehui": "society",
    "trading": "trading", "trade": "trading", "torgovyi": "trading", "maoyi": "trading", "muyeok": "trading",
    "industries": "industry", "industry": "industry", "industrial": "industry", "gongye": "industry",
    "holding": "holding", "holdings": "holding", "kholding": "holding", "konggu": "holding",
    "investment": "investment", "investments": "investment", "touzi": "investment",
    "technology": "technology", "technologies": "technology", "keji": "technology", "tekhnologii": "technology",
    "oriental": "oriental", "orient": "oriental",
    "logistics": "logistics", "logistic": "logistics", "logistika": "logistics", "logistik": "logistics",
    "shipping": "shipping", "transport": "transport", "transportation": "transport", "transit": "transit",
    "tranzit": "transit", "security": "security", "suraksha": "security", "bezopasnost": "security",
    "solutions": "solutions", "samadhan": "solutions", "resheniia": "solutions",
    "sons": "sons", "abna": "sons", "abnaa": "sons", "beta": "sons", "synovia": "sons",
    "valley": "valley", "wadi": "valley", "vadi": "valley", "dolina": "valley",
    "wind": "wind", "veter": "wind", "rih": "wind",
    "silk": "silk", "zhibek": "silk", "jibek": "silk", "shelk": "silk", "ipak": "silk", "harir": "silk",
    "road": "road", "way": "road", "path": "road", "zholy": "road", "zhol": "road", "yol": "road",
    "yoli": "road", "put": "road", "doroga": "road", "rah": "road", "raah": "road", "tariq": "road",
    "bright": "bright", "roshan": "bright", "svetlyi": "bright", "light": "light", "nur": "light", "noor": "light",
    "general": "general", "amma": "general", "aam": "general", "obshchii": "general",
    "star": "star", "zvezda": "star", "najm": "star", "sitara": "star", "tara": "star",
    "golden": "gold", "gold": "gold", "zoloto": "gold", "zolotoi": "gold", "altyn": "gold", "oltin": "gold",
    "dhahab": "gold", "sona": "gold",
    "new": "new", "novyi": "new", "jadid": "new", "yangi": "new", "jana": "new", "naya": "new",
    "great": "great", "velikii": "great", "kabir": "great", "ulug": "great", "uly": "great",
    "united": "united", "obedinennyi": "united", "muttahida": "united", "muttahidah": "united",
    "construction": "construction", "stroitelnyi": "construction", "kurilish": "construction",
    "services": "services", "service": "services", "servis": "services", "khidmat": "services",
    "electronics": "electronics", "development": "development", "consulting": "consulting",
    "chemical": "chemical", "mining": "mining", "power": "power", "communications": "communications",
    "ocean": "ocean", "energy": "energy", "nengyuan": "energy", "energiia": "energy", "energetika": "energy",
    "petroleum": "petroleum", "oil": "petroleum", "shiyou": "petroleum", "neft": "petroleum",
}
# Cyrillic stems (lower case) → concept. Longest stem wins.
ORG_TERMS_CYRILLIC: dict[str, str] = {
    "фонд": "foundation", "движени": "movement", "рух": "movement", "парти": "party", "фронт": "front",
    "арми": "army", "исламск": "islamic", "ислам": "islamic", "государств": "state", "организаци": "organization",
    "групп": "group", "братств": "brotherhood", "освобожден": "liberation", "союз": "union", "совет": "council",
    "джихад": "jihad", "восточн": "east", "западн": "west", "северн": "north", "южн": "south",
    "туркестан": "turkestan", "банк": "bank", "международн": "international", "национальн": "national",
    "народн": "people", "революционн": "revolutionary", "бригад": "brigade", "комитет": "committee",
    "центр": "centre", "холдинг": "holding", "торгов": "trading", "промышленн": "industry",
    "инвестици": "investment", "технологи": "technology", "джамаат": "group", "моджахед": "mujahideen",
    "муджахед": "mujahideen", "талибан": "taliban", "священн": "holy", "войн": "war",
    "брать": "brotherhood", "мусульман": "muslim", "концерн": "concern",
    "сынов": "sons", "сыновь": "sons", "долин": "valley", "ветер": "wind", "ветр": "wind", "шелков": "silk",
    "дорог": "road", "пут": "road", "светл": "bright", "свет": "light", "звезд": "star", "золот": "gold",
    "нов": "new", "велик": "great", "объединенн": "united", "строительн": "construction", "логистик": "logistics",
    "транзит": "transit", "транспорт": "transport", "безопасност": "security", "жол": "road", "жібек": "silk",
    "жибек": "silk", "росси": "russia", "казах": "kazakhstan", "узбек": "uzbekistan", "кыргыз": "kyrgyzstan",
    "киргиз": "kyrgyzstan",
    "таджик": "tajikistan", "туркмен": "turkmenistan", "китай": "china", "иран": "iran", "пакистан": "pakistan",
    "афганистан": "afghanistan", "сири": "syria", "ирак": "iraq", "кавказ": "caucasus", "чечен": "chechnya",
    "чечн": "chechnya", "дагестан": "dagestan", "ичкери": "ichkeria", "қазақ": "kazakhstan",
}
# Organisation concepts that name places (a different place is a different organisation).
PLACE_CONCEPTS: frozenset[str] = frozenset(
    _words(
        "russia kazakhstan uzbekistan kyrgyzstan tajikistan turkmenistan china iran pakistan afghanistan syria "
        "iraq caucasus chechnya dagestan ichkeria turkestan"
    )
)
ORG_TERMS_HAN: dict[str, str] = {
    "基金会": "foundation", "基金": "foundation", "运动": "movement", "党": "party", "阵线": "front",
    "战线": "front", "军": "army", "部队": "army", "伊斯兰": "islamic", "国家": "state", "国": "state",
    "组织": "organization", "集团": "group", "团体": "group", "兄弟会": "brotherhood", "解放": "liberation",
    "联盟": "union", "同盟": "union", "委员会": "committee", "圣战": "jihad", "东": "east", "西": "west",
    "北": "north", "南": "south", "突厥斯坦": "turkestan", "银行": "bank", "国际": "international",
    "人民": "people", "革命": "revolutionary", "中心": "centre", "控股": "holding", "贸易": "trading",
    "工业": "industry", "投资": "investment", "科技": "technology", "技术": "technology",
    "塔利班": "taliban", "基地": "qaeda", "东方": "oriental", "物流": "logistics", "航运": "shipping",
    "远洋": "ocean", "海运": "shipping", "运输": "transport", "电子": "electronics", "建设": "construction",
    "实业": "industry", "发展": "development", "安全": "security", "服务": "services", "咨询": "consulting",
    "化工": "chemical", "矿业": "mining", "电力": "power", "通讯": "communications", "通信": "communications",
    "中国": "china", "俄罗斯": "russia", "哈萨克斯坦": "kazakhstan", "乌兹别克斯坦": "uzbekistan",
    "吉尔吉斯斯坦": "kyrgyzstan", "塔吉克斯坦": "tajikistan", "土库曼斯坦": "turkmenistan",
    "伊朗": "iran", "巴基斯坦": "pakistan", "阿富汗": "afghanistan", "叙利亚": "syria", "伊拉克": "iraq",
    "穆斯林": "muslim", "能源": "energy", "石油": "petroleum",
}
ORG_TERMS_ARABIC: dict[str, str] = {
    "حزب": "party", "جبهه": "front", "جبهة": "front", "جيش": "army", "جیش": "army", "لشکر": "army",
    "حركه": "movement", "حرکت": "movement", "تحریک": "movement", "حرکه": "movement", "اسلامی": "islamic",
    "اسلامي": "islamic", "الاسلامیه": "islamic", "اسلامیه": "islamic", "دوله": "state", "دولت": "state",
    "تنظیم": "organization", "جماعت": "group", "جماعه": "group", "اخوان": "brotherhood", "تحریر": "liberation",
    "مجلس": "council", "شوری": "council", "جهاد": "jihad", "شرق": "east", "مؤسسه": "foundation",
    "موسسه": "foundation", "بنیاد": "foundation", "طالبان": "taliban", "قاعده": "qaeda", "القاعده": "qaeda",
    "شهدا": "martyrs", "لواء": "brigade", "کتائب": "brigade", "مرکز": "centre",
    "ابناء": "sons", "وادی": "valley", "شمالی": "north", "جنوبی": "south", "شرقی": "east", "غربی": "west",
    "عام": "general", "عامه": "general", "تجاره": "trading", "تجارت": "trading", "نقل": "transport",
    "خدمات": "services", "روشن": "bright", "راه": "road", "نور": "light", "ریح": "wind", "نجم": "star",
    "ذهب": "gold", "ذهبی": "gold", "جدید": "new", "کبیر": "great", "متحده": "united", "امن": "security",
}
# Words of organisation names that carry little identity (weight reduced).
ORG_GENERIC: frozenset[str] = frozenset(
    _words(
        "group holding company international trading industry investment national people bank services "
        "enterprise enterprises global systems solutions management capital partners fund trust "
        "organization union centre society committee council"
    )
)
STOPWORDS_ORG: frozenset[str] = frozenset(_words("the of and & for in on at a an der die das des und de la le et y i"))
# Extra concepts for Arabic-Latin organisation words.
ORG_TERMS_EXTRA: dict[str, str] = {
    "mujahideen": "mujahideen", "mujahidin": "mujahideen", "mujahedin": "mujahideen",
    "mudzhakhedy": "mujahideen", "taliban": "taliban", "talibon": "taliban", "qaeda": "qaeda", "qaida": "qaeda",
    "qa'ida": "qaeda", "kaida": "qaeda", "kaeda": "qaeda", "harkat": "movement", "harkatul": "movement",
    "muslim": "muslim", "muslims": "muslim", "moslem": "muslim", "muslimin": "muslim", "muslimeen": "muslim",
    "concern": "concern", "kontsern": "concern",
    "russia": "russia", "russian": "russia", "rossii": "russia", "rossiiskaia": "russia", "rossiya": "russia",
    "kazakhstan": "kazakhstan", "kazakh": "kazakhstan", "qazaqstan": "kazakhstan", "kazakhstana": "kazakhstan",
    "uzbekistan": "uzbekistan", "uzbek": "uzbekistan", "ozbekiston": "uzbekistan", "uzbekistana": "uzbekistan",
    "kyrgyzstan": "kyrgyzstan", "kyrgyz": "kyrgyzstan", "kirgizia": "kyrgyzstan",
    "tajikistan": "tajikistan", "tajik": "tajikistan", "tojikiston": "tajikistan",
    "turkmenistan": "turkmenistan", "turkmen": "turkmenistan",
    "china": "china", "chinese": "china", "zhongguo": "china", "iran": "iran", "iranian": "iran",
    "pakistan": "pakistan", "pakistani": "pakistan", "afghanistan": "afghanistan", "afghan": "afghanistan",
    "syria": "syria", "syrian": "syria", "sham": "syria", "iraq": "iraq", "iraqi": "iraq",
    "caucasus": "caucasus", "caucasian": "caucasus", "kavkaz": "caucasus", "chechnya": "chechnya",
    "chechen": "chechnya", "dagestan": "dagestan", "daghestan": "dagestan", "ichkeria": "ichkeria",
}

# --------------------------------------------------------------------------
# Numbers in organisation names.
# --------------------------------------------------------------------------
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}

# --------------------------------------------------------------------------
# Cyrillic → Latin. The base table is a press/BGN-like convention; names.py
# folds the differences with passport (ICAO 9303) spellings afterwards.
# Language-specific letters cover Ukrainian, Belarusian, Serbian/Macedonian,
# Kazakh, Uzbek, Kyrgyz, Tajik and Mongolian.
# --------------------------------------------------------------------------
CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian / Belarusian
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    # Serbian / Macedonian
    "ђ": "dj", "ћ": "c", "џ": "dzh", "љ": "lj", "њ": "nj", "ј": "j", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
    # Kazakh / Kyrgyz / Tatar / Bashkir / Mongolian
    "ә": "a", "ғ": "g", "қ": "k", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "ҙ": "z", "ҫ": "s",
    "ӊ": "ng", "ҕ": "g", "ӈ": "ng",
    # Uzbek / Tajik
    "ҳ": "h", "ӣ": "i", "ӯ": "u", "ҷ": "j",
}
# Ukrainian spellings differ for и/г (official: y, h).
CYRILLIC_UKRAINIAN: dict[str, str] = {"и": "y", "г": "h", "ї": "yi", "є": "ye", "й": "i"}
UKRAINIAN_MARKERS = frozenset("іїєґ")
# Uzbek Cyrillic: ў is o' (O'zbek), х is x in the Latin alphabet but kh in press.
CYRILLIC_UZBEK: dict[str, str] = {"ў": "o", "ғ": "g", "қ": "q", "ҳ": "h"}
UZBEK_MARKERS = frozenset("ўҳ")

# --------------------------------------------------------------------------
# Arabic script (Arabic, Persian, Urdu, Pashto): letters → Latin consonants.
# و and ی are read as vowels inside a word, as consonants at its start.
# --------------------------------------------------------------------------
ARABIC_LETTERS: dict[str, str] = {
    "ا": "a", "ب": "b", "پ": "p", "ت": "t", "ٹ": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh",
    "د": "d", "ڈ": "d", "ذ": "z", "ر": "r", "ڑ": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s",
    "ض": "z", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "گ": "g", "ل": "l",
    "م": "m", "ن": "n", "ں": "n", "و": "u", "ه": "h", "ی": "i", "ے": "e", "ء": "", "ڤ": "v", "ڭ": "ng",
    "ټ": "t", "ځ": "dz", "څ": "ts", "ډ": "d", "ړ": "r", "ږ": "zh", "ښ": "kh", "ګ": "g", "ڼ": "n",
}
# Letter variants unified before lookup.
ARABIC_NORMALISE: dict[str, str] = {
    "ي": "ی", "ى": "ی", "ې": "ی", "ۍ": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۃ": "ه", "ہ": "ه", "ۀ": "ه",
    "ھ": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ۓ": "ے",
}
# Common names in Arabic script → their usual Latin form (after ARABIC_NORMALISE).
ARABIC_NAMES: dict[str, str] = {
    "محمد": "muhammad", "احمد": "ahmad", "محمود": "mahmud", "مصطفی": "mustafa", "علی": "ali",
    "حسن": "hasan", "حسین": "husain", "عبد": "abd", "الله": "allah", "عبدالله": "abdullah",
    "رحمن": "rahman", "رحیم": "rahim", "کریم": "karim", "عزیز": "aziz", "یوسف": "yusuf",
    "ابراهیم": "ibrahim", "اسماعیل": "ismail", "عمر": "umar", "عثمان": "usman", "خان": "khan",
    "چوهدری": "chaudhry", "چودهری": "chaudhry", "شاه": "shah", "ملک": "malik", "بن": "bin", "ابن": "ibn",
    "ابو": "abu", "سید": "sayyid", "حاجی": "haji", "حاج": "haji", "مولانا": "maulana", "ملا": "mulla",
    "شیخ": "sheikh", "قاری": "qari", "حافظ": "hafiz", "مولوی": "maulvi", "طارق": "tariq", "خالد": "khalid",
    "فاطمه": "fatima", "عایشه": "aisha", "زینب": "zainab", "مریم": "maryam",
    "اسامه": "usama", "لادن": "ladin", "صدام": "saddam", "بشار": "bashar", "اسد": "asad",
    "سلمان": "salman", "سلطان": "sultan", "جمال": "jamal", "نواز": "nawaz", "شریف": "sharif",
    "عمران": "imran", "عرفان": "irfan", "ظفر": "zafar", "اقبال": "iqbal", "اکبر": "akbar",
    "اصغر": "asghar", "جعفر": "jafar", "قاسم": "qasim", "منصور": "mansur", "ناصر": "nasir",
    "حمید": "hamid", "مجید": "majid", "رشید": "rashid", "سعید": "saeed", "ولی": "wali", "جان": "jan",
    "گل": "gul", "نور": "nur", "دین": "din", "الدین": "din", "حقانی": "haqqani", "خلیل": "khalil",
    "ایمن": "ayman", "ظواهری": "zawahiri", "الظواهری": "zawahiri", "بغدادی": "baghdadi", "زرقاوی": "zarqawi",
    "سعد": "saad", "فیصل": "faisal", "عادل": "adil", "انور": "anwar", "نعیم": "naeem",
    "ندیم": "nadeem", "وسیم": "waseem", "شاهد": "shahid", "زاهد": "zahid", "ساجد": "sajid", "راشد": "rashid",
    "حامد": "hamid", "مسعود": "masood", "مقصود": "maqsood", "محسن": "mohsin", "احسان": "ehsan",
    "رضا": "reza", "مهدی": "mahdi", "جواد": "jawad", "کاظم": "kazim", "باقر": "baqir", "صادق": "sadiq",
    "موسی": "musa", "عیسی": "isa", "یحیی": "yahya", "زکریا": "zakaria", "سلیمان": "sulaiman",
    "داود": "dawood", "ادریس": "idris", "یونس": "yunus", "هارون": "harun", "ایوب": "ayub", "یعقوب": "yaqub",
    "اسحاق": "ishaq", "بلال": "bilal", "حمزه": "hamza", "عباس": "abbas", "جلال": "jalal",
    "کمال": "kamal", "نصر": "nasr", "نصرالله": "nasrallah", "حبیب": "habib", "حبیب الله": "habibullah",
    "سیف": "saif", "طاهر": "tahir", "ظاهر": "zahir", "قادر": "qadir", "غفور": "ghafoor",
    "غلام": "ghulam", "رسول": "rasul", "نبی": "nabi", "امین": "amin", "امان": "aman", "فضل": "fazl",
    "فاروق": "farooq", "اعظم": "azam", "اسلم": "aslam", "ارشد": "arshad", "اشرف": "ashraf",
    "افضل": "afzal", "اجمل": "ajmal", "اکرم": "akram", "جاوید": "javed", "پرویز": "pervez", "مشرف": "musharraf",
    "بهادر": "bahadur", "لشکر": "lashkar", "طیبه": "taiba", "جیش": "jaish", "تحریک": "tehrik",
    "طالبان": "taliban", "پاکستان": "pakistan", "حزب": "hizb", "جماعت": "jamaat", "دعوه": "dawa",
    "الدعوه": "dawa", "اسلامی": "islami", "قاعده": "qaeda", "القاعده": "qaeda", "مجاهدین": "mujahideen",
    "حرکت": "harakat", "انصار": "ansar", "شباب": "shabab", "الشباب": "shabab", "فتح": "fatah", "حماس": "hamas",
    "الله‌": "allah", "رحمان": "rahman", "عبدالرحمن": "abdurrahman", "عبدالرحمان": "abdurrahman",
    "ابوبکر": "abubakr", "بکر": "bakr", "زید": "zaid", "زین": "zain", "عابدین": "abidin", "ریاض": "riaz",
    "فیاض": "fayyaz", "امتیاز": "imtiaz", "اعجاز": "ijaz", "اظهر": "azhar", "مسعود‌": "masood",
    "الیاس": "ilyas", "الطاف": "altaf", "الهام": "ilham", "یاسین": "yasin", "یاسر": "yasir", "عمار": "ammar",
    "انس": "anas", "معاذ": "muadh", "اسامة": "usama",
}

# --------------------------------------------------------------------------
# Devanagari: letters anyascii renders poorly in names.
# --------------------------------------------------------------------------
DEVANAGARI_OVERRIDES: dict[str, str] = {
    "श": "sh", "ष": "sh", "छ": "chh", "च": "ch", "ञ": "n", "ङ": "n", "ण": "n", "ऋ": "ri", "ृ": "ri",
    "ः": "h", "ॉ": "o", "ऑ": "o", "ै": "ai", "ौ": "au", "ऐ": "ai", "औ": "au", "ज़": "z", "फ़": "f",
}

# --------------------------------------------------------------------------
# Chinese: compound surnames, surname readings that differ from the common
# reading of the character, common surnames in pinyin (for name-order and
# syllable-merging decisions on Latin names).
# --------------------------------------------------------------------------
HAN_COMPOUND_SURNAMES: frozenset[str] = frozenset(
    _words(
        "欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 司徒 夏侯 尉迟 公孙 长孙 宇文 端木 独孤 南宫 西门 轩辕 呼延 "
        "万俟 澹台 濮阳 申屠"
    )
)
HAN_SURNAME_READINGS: dict[str, str] = {
    "单": "shan", "曾": "zeng", "解": "xie", "朴": "piao", "仇": "qiu", "区": "ou", "查": "zha", "乐": "yue",
    "覃": "qin", "翟": "zhai", "盖": "ge", "黑": "he", "繁": "po", "种": "chong", "缪": "miao", "召": "shao",
    "尉迟": "yuchi", "万俟": "moqi", "长孙": "zhangsun", "华": "hua", "纪": "ji", "沈": "shen", "贾": "jia",
    "重": "chong", "柏": "bai", "员": "yun", "便": "pian", "秘": "bi", "句": "gou", "石": "shi", "薄": "bo",
}
CHINESE_SURNAMES_PINYIN: frozenset[str] = frozenset(
    _words("""
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie
    song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng su wei lu ding
    ren shen yao jin zhong qiu lv lyu dai jia xia fu fang bai zou meng xiong qin shi hou duan lei long tao
    kong mao qian gu hao shao wan qin yin chang niu xue yan xing an chai ou ouyang shangguan zhuge sima
    situ murong xiahou kang mo qi tan
    """)
)

# --------------------------------------------------------------------------
# Wade-Giles → pinyin, as (initial, pinyin alternatives). Apostrophes are
# usually lost in practice, so an unaspirated initial may be either.
# --------------------------------------------------------------------------
WADE_GILES_INITIALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ch'", ("ch", "q")),
    ("ts'", ("c",)),
    ("tz'", ("c",)),
    ("hs", ("x",)),
    ("ch", ("zh", "j", "ch", "q")),
    ("ts", ("z", "c")),
    ("tz", ("z", "c")),
    ("ss", ("s",)),
    ("sz", ("s",)),
    ("sh", ("sh",)),
    ("k'", ("k",)),
    ("p'", ("p",)),
    ("t'", ("t",)),
    ("k", ("g", "k")),
    ("p", ("b", "p")),
    ("t", ("d", "t")),
    ("j", ("r",)),
    # Initials spelt alike in both systems, so that a Wade-Giles final still
    # converts: "huei" is hui, "hung" is hong, "sung" is song.
    ("h", ("h",)),
    ("m", ("m",)),
    ("f", ("f",)),
    ("n", ("n",)),
    ("l", ("l",)),
    ("s", ("s",)),
    ("", ("",)),
)
WADE_GILES_FINALS: dict[str, str] = {
    "ieh": "ie", "ien": "ian", "ung": "ong", "iung": "iong", "ih": "i", "uei": "ui", "ueh": "ue", "üeh": "ue",
    "erh": "er", "u": "u", "ü": "u", "o": "o", "uo": "uo", "ou": "ou", "ao": "ao", "ai": "ai", "ei": "ei",
    "an": "an", "en": "en", "ang": "ang", "eng": "eng", "ua": "ua", "uai": "uai", "uan": "uan", "un": "un",
    "uang": "uang", "i": "i", "ia": "ia", "iao": "iao", "ian": "ian", "in": "in", "iang": "iang",
    "ing": "ing", "iu": "iu", "e": "e", "a": "a", "yu": "you", "yung": "yong", "yeh": "ye", "yen": "yan",
    "yin": "yin", "ying": "ying", "ya": "ya", "yang": "yang", "yao": "yao", "wei": "wei", "wen": "wen",
    "wang": "wang", "wan": "wan", "wo": "wo", "wu": "wu", "wa": "wa", "wai": "wai", "ui": "ui", "ueng": "ong",
}
# --------------------------------------------------------------------------
# Pinyin → Wade-Giles, the way back of the tables above, for the Wade-Giles
# reading of a Han entry (apostrophes and diaereses left out, as most Latin
# documents write it).
# --------------------------------------------------------------------------
PINYIN_WADE_GILES_WHOLE: dict[str, str] = {
    "you": "yu", "yan": "yen", "ye": "yeh", "yong": "yung", "er": "erh", "yue": "yueh", "si": "ssu", "e": "o",
}
PINYIN_WADE_GILES_FINALS: tuple[tuple[str, str], ...] = (
    ("iong", "iung"), ("ong", "ung"), ("ian", "ien"), ("ie", "ieh"), ("ui", "uei"), ("ue", "ueh"),
)
PINYIN_WADE_GILES_INITIALS: tuple[tuple[str, str], ...] = (
    ("zh", "ch"), ("ch", "ch"), ("sh", "sh"), ("j", "ch"), ("q", "ch"), ("x", "hs"), ("z", "ts"), ("c", "ts"),
    ("r", "j"), ("b", "p"), ("p", "p"), ("d", "t"), ("t", "t"), ("g", "k"), ("k", "k"), ("h", "h"),
)

# Letters that begin a Latin name with the same sound as another initial;
# used to compare an initial ("E.", "Y.") with a full name part.
INITIAL_EQUIVALENTS: dict[str, str] = {"y": "eijy", "e": "ey", "j": "yij", "i": "iyj", "k": "kqch", "c": "ckst",
                                        "q": "qk", "h": "hkx", "x": "xhk", "z": "zj", "g": "gh", "v": "vw",
                                        "w": "wv", "u": "uo", "o": "ou"}

# --------------------------------------------------------------------------
# Hebrew: consonants (ו and י inside a word are read as vowels by names.py).
# --------------------------------------------------------------------------
HEBREW_LETTERS: dict[str, str] = {
    "א": "a", "ב": "v", "ג": "g", "ד": "d", "ה": "h", "ו": "v", "ז": "z", "ח": "kh", "ט": "t", "י": "y",
    "כ": "k", "ך": "kh", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ע": "", "פ": "p",
    "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r", "ש": "sh", "ת": "t",
}
HEBREW_WORDS: dict[str, str] = {"בן": "ben", "בת": "bat", "בר": "bar", "אבו": "abu"}
TITLES_HEBREW: frozenset[str] = frozenset({"הרב", "רב", "דר", "מר", "גברת", "פרופ", "אלוף", "תאל", "סאל", "רסן"})

# --------------------------------------------------------------------------
# Korean: surname syllables → their usual Latin spelling (variants grouped in
# KOREAN_SURNAME_VARIANTS). Titles are stripped as suffixes.
# --------------------------------------------------------------------------
KOREAN_SURNAMES: dict[str, str] = {
    "김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon",
    "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang",
    "안": "ahn", "송": "song", "류": "ryu", "유": "yoo", "홍": "hong", "전": "jeon", "고": "ko", "문": "moon",
    "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo", "남": "nam", "노": "noh", "하": "ha",
    "곽": "kwak", "성": "sung", "차": "cha", "주": "joo", "우": "woo", "구": "koo", "민": "min", "나": "na",
    "진": "jin", "지": "ji", "엄": "eom", "채": "chae", "원": "won", "천": "cheon", "방": "bang", "공": "kong",
    "현": "hyun", "함": "ham", "변": "byun", "염": "yeom", "여": "yeo", "추": "choo", "도": "do", "소": "so",
    "석": "seok", "선": "sun", "설": "seol", "마": "ma", "길": "gil", "연": "yeon", "표": "pyo", "명": "myung",
    "기": "ki", "반": "ban", "왕": "wang", "금": "keum", "옥": "ok", "육": "yook", "인": "in", "맹": "maeng",
    "제": "je", "모": "mo", "탁": "tak", "국": "kook", "리": "ri", "림": "rim", "라": "ra", "로": "ro",
}
KOREAN_SURNAME_VARIANTS: tuple[tuple[str, ...], ...] = (
    ("lee", "yi", "rhee", "ri", "rhie", "lie"),
    ("park", "pak", "bak", "bahk"),
    ("kim", "gim"),
    ("choi", "choe", "chwe"),
    ("jung", "jeong", "chung", "cheong", "chong"),
    ("kang", "gang"),
    ("cho", "jo", "joh"),
    ("yoon", "yun"),
    ("lim", "im", "rim", "yim"),
    ("seo", "suh"),
    ("shin", "sin"),
    ("kwon", "gwon"),
    ("ahn", "an"),
    ("ryu", "yoo", "yu", "ryoo"),
    ("jeon", "jun", "chun", "chon"),
    ("ko", "go", "koh"),
    ("moon", "mun"),
    ("son", "sohn"),
    ("bae", "pae"),
    ("baek", "paek", "paik", "baik"),
    ("noh", "roh", "ro"),
    ("sung", "seong"),
    ("joo", "ju", "chu"),
    ("koo", "gu", "ku"),
    ("byun", "byeon", "pyon"),
)
TITLES_HANGUL: tuple[str, ...] = ("박사", "씨", "님", "선생", "선생님", "대령", "장군", "중령", "소령", "대위", "교수")
LEGAL_FORMS_HANGUL: tuple[str, ...] = ("주식회사", "유한회사", "(주)", "㈜")

# Thai titles, written before the name, often without a space.
TITLES_THAI: tuple[str, ...] = (
    "นางสาว", "นาย", "นาง", "พันเอก", "พันโท", "พันตรี", "พลเอก", "พลโท", "พลตรี", "ร้อยเอก", "ดร.", "ดร",
    "ศาสตราจารย์", "คุณ",
)

# Devanagari words whose spelling in Latin is fixed by usage.
DEVANAGARI_NAMES: dict[str, str] = {"सिंह": "singh", "सिंग": "singh", "कुमार": "kumar", "देवी": "devi"}

# Arabic-script legal forms of companies (after letter normalisation).
LEGAL_FORMS_ARABIC: dict[str, str] = {"شرکه": "inc", "شرکت": "inc", "ذمم": "llc", "مساهمه": "jsc", "لمیتد": "ltd"}
# Korean organisation words written at the end of a name.
ORG_TERMS_HANGUL: dict[str, str] = {
    "무역": "trading", "물산": "trading", "상사": "trading", "건설": "construction", "전자": "electronics",
    "은행": "bank", "그룹": "group", "해운": "shipping", "물류": "logistics", "산업": "industry", "재단": "foundation",
    "기술": "technology", "에너지": "energy", "통상": "trading",
}

# --------------------------------------------------------------------------
# Cantonese (Hong Kong government romanisation) readings of common surname
# and given-name characters, written in traditional characters (names.py
# also keys them by the simplified form). Alternative readings of a Han name:
# 陳志明 is Chen Zhiming in pinyin, Chan Chi Ming on a Hong Kong passport.
# --------------------------------------------------------------------------
CANTONESE: str = """
陳chan 黃wong 張cheung 李lee/li 劉lau 林lam 吳ng 鄭cheng 梁leung 何ho 王wong 周chow/chau 楊yeung 趙chiu
徐tsui 朱chu 胡wu 郭kwok 馬ma 羅law/lo 高ko 鄧tang 蔡choi/tsoi 曾tsang 彭pang 蕭siu 袁yuen 許hui 麥mak
馮fung 葉yip 蘇so 余yu/yue 盧lo/lou 潘poon/pun 謝tse 莫mok 譚tam 杜to 丁ting 沈shum/sum 孔hung 江kong
范fan 方fong 石shek 姚yiu 金kam 韓hon 游yau 邱yau 丘yau 歐au 區au 龍lung 孫suen 關kwan 雷lui 呂lui
魏ngai 顏ngan 嚴yim 岑shum/sum 唐tong 湯tong 傅fu 施sze 甘kam 柯or 賴lai 黎lai 溫wan 尹wan 文man 戴tai
邵shiu 侯hau 霍fok 田tin 易yik 祁kei 簡kan 鍾chung 鐘chung 翁yung 容yung 陸luk 聶nip 駱lok 卓cheuk
車che 鄺kwong 古ku 紀kei 殷yan 伍ng 鄒chau 曹tso 巫mo 萬man 單shin 焦chiu 薛sit 勞lo 梅mui 任yam
左cho 白pak 包pau 畢pat 冼sin 洪hung 凌ling 姜keung 蔣cheung 章cheung 宋sung 康hong 鮑pau 龐pong
向heung 涂to 祝chuk 饒yiu 孟mang 武mo 喬kiu 童tung 程ching 鄔wu 段tuen 賀ho 植chik 倪ngai 邢ying
貝pui 裴pui 柳lau 秦chun 查cha 岳ngok 戚chik 成shing 魯lo 練lin 熊hung 葛kot 司sze 徒to
志chi 明ming 偉wai 強keung 華wah 國kwok 榮wing 家ka 豪ho 德tak 嘉ka 欣yan 樂lok 秀sau 朝chiu 鴻hung
燊sun 潤yun 發fat 英ying 建kin 民man 小siu 麗lai 芳fong 安on 駒kui 玲ling 永wing 利lee/lei 輝fai 傑kit
俊chun 健kin 達tat 恒hang 恆hang 興hing 光kwong 耀yiu 勇yung 峰fung 鋒fung 寶po 珍chun 美mei 玉yuk
蓮lin 慧wai 敏man 儀yee/yi 怡yi 詩sze 思sze 婷ting 婉yuen 淑shuk 惠wai 燕yin 鳳fung 霞ha 雯man 雪suet
君kwan 軍kwan 昌cheong 祥cheung 權kuen 泉chuen 全chuen 信shun 新san 仁yan 義yee 禮lai 智chi 忠chung
孝hau 海hoi 山shan 天tin 子tsz/chi 之chi 治chi 致chi 紫tsz 詠wing 穎wing 盈ying 瑩ying 凱hoi 啟kai
基kei 其kei 祺kei 琪kei 麒kei 奇kei 浩ho 皓ho 好ho 可ho 河ho 賢yin 然yin 彥yin 立lap 力lik 威wai
維wai 衛wai 宇yu 雨yu 裕yu 如yu 兒yi 宜yi 綺yi 頌chung 聰chung 中chung 宗chung 松chung 振chun 進chun
真chun 春chun 順shun 生sang 森sum 心sum 深sum 鑫yam 欽yam 錦kam 景king 敬king 京king 經king 瓊king
清ching 青ching 靜ching 晶ching 正ching 政ching 佳kai 雅nga 芝chi 慈chi 斯sze 仕sze 士sze 萬man 聞man
曼man 薇mei 銘ming 鳴ming 名ming 冰ping 平ping 萍ping 保po 波po 富fu 福fuk 暉fai 飛fei 菲fei 芬fan
坤kwan 群kwan 廣kwong 剛kong 港kong 庭ting 廷ting 亭ting 定ting 東tung 冬tung 棟tung 通tung 同tung
得tak 迪tik 堂tong 棠tong 濤to 道to 泰tai 大tai 太tai 添tim 展chin 倩sin 仙sin 善sin 先sin 冠kwun
均kwan 鈞kwan 雄hung 紅hung 開hoi 漢hon 翰hon 恩yan 因yan 人yan 茵yan 樹shu 書shu 秋chau 修sau
壽sau 守sau 洲chau 超chiu 昭chiu 招chiu 少siu 笑siu 兆siu 肇siu 曉hiu 嬌kiu 橋kiu 堯yiu 瑤yiu 有yau
友yau 佑yau 柔yau 悠yau 旭yuk 育yuk 月yuet 悅yuet 越yuet 元yuen 源yuen 遠yuen 原yuen 圓yuen 雲wan
運wan 韻wan 泳wing 應ying 瑛ying 陽yeung 揚yeung 洋yeung 翔cheung 彰cheung 長cheung 相sheung
尚sheung 常sheung 雙sheung 上sheung 紹shiu 晨san 辰san 珊shan 勝shing 盛shing 承shing 誠shing
城shing 星sing 聲sing 倫lun 麟lun 霖lam 琳lam 嵐lam 蘭lan 朗long 亮leung 良leung 量leung 隆lung
齡ling 靈ling 寧ning 佩pui 培pui 沛pui 彬pan 斌pan 賓pan 邦pong 鵬pang 朋pang 柏pak 伯pak 百pak
澤chak 則chak 毅ngai 藝ngai 銳yui 瑞shui 水shui 穗sui 峻chun 駿chun 佐cho 祖cho 財choi 才choi
彩choi 莊chong 壯chong 嵩sung 崇sung 梓tsz 姿chi 旗kei 傑kit 潔kit 杰kit 堅kin 劍kim 兼kim 勁king
灝ho 昊ho 希hei 喜hei 熙hei 禧hei 曦hei 溪kai 貴kwai 桂kwai 季kwai 娟kuen 川chuen 傳chuen 銓chuen
荃chuen 彤tung 洛lok 懿yi 意yi 依yi 伊yi 茹yu 瑜yu 羽yu 禹yu 語yu 儒yu 汝yu 芽nga 銀ngan 愛oi
靄oi 奧o 澳o 和wo 滙wui 匯wui 會wui 煥woon 桓woon 環wan 灣wan 蘊wan 穩wan 懷wai 淮wai 皇wong 宏wang
弘wang 泓wang 嶸wing 妃fei 斐fei 非fei 勳fan 奮fan 豐fung 夫fu 符fu 虎fu 馥fuk 杏hang 衡hang 慶hing
卿hing 馨hing 夏ha 鶴hok 學hok 航hong 杭hong 香heung 鄉heung 響heung 軒hin 憲hin 顯hin 謙him 協hip
俠hap 荷ho 瀚hon 虹hung 恭kung 功kung 宮kung 妹mui 玫mui 苗miu 妙miu 滿mun 夢mung 蒙mung 沐muk
木muk 牧muk 穆muk 舞mo 慕mo 茂mau 娜na 南nam 男nam 楠nam 年nin 念nim 璐lo 露lo 路lo 祿luk 鹿luk
綠luk 輪lun 聯luen 連lin 烈lit 列lit 歷lik 理lee 里lee 莉lee 丹tan 旦tan 坦tan 團tuen 端tuen 敦tun
頓tun 動tung 董tung 桐tung 頭tau 圖to 都to 島to 特tak 騰tang 登tang 塵chan 震chun 鎮chun 湛cham
詹chim 戰chin 前chin 錢chin 千chin 專chuen 翠chui 崔tsui 聚chui 素so 送sung 寅yan 仲chung 宙chau
笙sang 俞yu 愉yu 媛wun 謹kan 勤kan 根kan 艷yim 炎yim 嚴yim 鹽yim 業yip 葉yip 逸yat 日yat 一yat
乙yuet 健kin 鍵kin 樺wah 嬅wah 翹kiu 鑾luen 蕙wai 葦wai 瑋wai 煒wai 韋wai 瑤yiu 瀅ying 鎔yung 蓉yung
容yung 榕yung 欣yan 昕yan 穎wing
"""

# Chinese places written at the start of organisation names: Han → usual Latin
# form (the pinyin reading is added as an alternative by names.py). Administrative
# suffixes after them are dropped.
CHINESE_PLACES: dict[str, str] = {
    "北京": "beijing", "上海": "shanghai", "天津": "tianjin", "重庆": "chongqing", "深圳": "shenzhen",
    "广州": "guangzhou", "香港": "hongkong", "澳门": "macau", "台湾": "taiwan", "台北": "taipei",
    "新疆": "xinjiang", "西藏": "tibet", "大连": "dalian", "青岛": "qingdao", "厦门": "xiamen", "杭州": "hangzhou",
    "南京": "nanjing", "武汉": "wuhan", "成都": "chengdu", "西安": "xian", "沈阳": "shenyang",
    "哈尔滨": "harbin", "长春": "changchun", "济南": "jinan", "郑州": "zhengzhou", "长沙": "changsha",
    "福州": "fuzhou", "昆明": "kunming", "南宁": "nanning", "贵阳": "guiyang", "兰州": "lanzhou",
    "乌鲁木齐": "urumqi", "喀什": "kashgar", "宁波": "ningbo", "苏州": "suzhou", "无锡": "wuxi",
    "东莞": "dongguan", "佛山": "foshan", "珠海": "zhuhai", "汕头": "shantou", "温州": "wenzhou",
    "石家庄": "shijiazhuang", "太原": "taiyuan", "合肥": "hefei", "南昌": "nanchang", "海口": "haikou",
    "呼和浩特": "hohhot", "银川": "yinchuan", "西宁": "xining", "拉萨": "lhasa", "丹东": "dandong",
    "广东": "guangdong", "浙江": "zhejiang", "江苏": "jiangsu", "山东": "shandong", "福建": "fujian",
    "河北": "hebei", "河南": "henan", "湖北": "hubei", "湖南": "hunan", "四川": "sichuan", "云南": "yunnan",
    "广西": "guangxi", "辽宁": "liaoning", "吉林": "jilin", "黑龙江": "heilongjiang", "山西": "shanxi",
    "陕西": "shaanxi", "甘肃": "gansu", "青海": "qinghai", "宁夏": "ningxia", "内蒙古": "inner mongolia",
    "海南": "hainan", "江西": "jiangxi", "安徽": "anhui", "贵州": "guizhou", "九龙": "kowloon",
}
HAN_ADMIN_SUFFIXES: tuple[str, ...] = ("特别行政区", "维吾尔自治区", "自治区", "省", "市", "区", "县")

# More organisation vocabulary (words common in names of designated and
# ordinary organisations) in Latin, Cyrillic (stems), Han, Arabic script and
# Devanagari. Merged into the tables above.
ORG_TERMS_LATIN.update({
    "institute": "institute", "institut": "institute", "instituti": "institute", "yanjiusuo": "institute",
    "yanjiuyuan": "institute", "research": "research", "yanjiu": "research",
    "association": "association", "xiehui": "association", "assotsiatsiia": "association",
    "assotsiatsiya": "association", "uyushmasi": "association", "birlashmasi": "association",
    "culture": "culture", "cultural": "culture", "wenhua": "culture", "kultura": "culture", "madaniyat": "culture",
    "exchange": "exchange", "jiaoliu": "exchange",
    "unity": "unity", "tuanjie": "unity", "edinstvo": "unity", "wahda": "unity", "ittehad": "union",
    "port": "port", "gangwu": "port", "gangkou": "port",
    "charity": "charity", "charitable": "charity", "blagotvoritelnyi": "charity", "khairiya": "charity",
    "khayriya": "charity", "khairia": "charity", "cishan": "charity", "khayriyya": "charity",
    "trust": "trust", "amanat": "trust",
    "youth": "youth", "molodezh": "youth", "shabab": "youth", "qingnian": "youth", "yoshlar": "youth",
    "women": "women", "womens": "women", "funu": "women",
    "salvation": "salvation", "spasenie": "salvation", "najat": "salvation", "rescue": "salvation",
    "battalion": "battalion", "batalon": "battalion", "batalyon": "battalion", "batalion": "battalion",
    "regiment": "regiment", "polk": "regiment", "division": "division", "diviziia": "division",
    "corps": "corps", "korpus": "corps", "sepah": "corps", "sipah": "corps", "sipah-e": "corps",
    "guard": "guard", "guards": "guard", "gvardiia": "guard", "pasdaran": "guard", "haras": "guard",
    "forces": "forces", "force": "forces", "sily": "forces", "quwwat": "forces",
    "alliance": "alliance", "league": "league", "liga": "league", "coalition": "coalition",
    "federation": "federation", "federatsiia": "federation", "lianhehui": "federation",
    "congress": "congress", "kongress": "congress", "assembly": "assembly",
    "republic": "republic", "respublika": "republic", "gongheguo": "republic", "jumhuriya": "republic",
    "democratic": "democratic", "demokraticheskii": "democratic", "minzhu": "democratic",
    "freedom": "freedom", "svoboda": "freedom", "ziyou": "freedom", "hurriyat": "freedom", "azadi": "freedom",
    "independence": "independence", "duli": "independence", "nezavisimost": "independence",
    "resistance": "resistance", "soprotivlenie": "resistance", "muqawama": "resistance", "dikang": "resistance",
    "peace": "peace", "heping": "peace",
    "popular": "people", "shabi": "people", "shabiya": "people", "shaabi": "people", "awami": "people",
    "janata": "people", "arab": "arab", "arabian": "arab", "arabic": "arab",
    "peninsula": "peninsula", "jazira": "peninsula", "jazirat": "peninsula",
    "palestine": "palestine", "palestinian": "palestine", "filastin": "palestine", "falastin": "palestine",
    "mining": "mining", "gornyi": "mining", "gornaia": "mining", "gornaya": "mining", "kuangye": "mining",
    "workers": "workers", "labour": "workers", "labor": "workers",
    "students": "students", "student": "students", "talaba": "students",
    "office": "office", "branch": "branch", "network": "network", "shabaka": "network",
    "information": "information", "xinxi": "information", "software": "software", "ruanjian": "software",
    "global": "global", "huanqiu": "global", "university": "university", "daxue": "university",
    "hospital": "hospital", "yiyuan": "hospital", "insurance": "insurance", "baoxian": "insurance",
    "education": "education", "jiaoyu": "education", "obrazovanie": "education", "talim": "education",
    "pharmaceutical": "pharmaceutical", "pharmaceuticals": "pharmaceutical", "zhiyao": "pharmaceutical",
    "machinery": "machinery", "jixie": "machinery", "equipment": "equipment", "shebei": "equipment",
    "steel": "steel", "gangtie": "steel", "aviation": "aviation", "hangkong": "aviation",
    "electric": "electric", "electrical": "electric", "dianqi": "electric",
    "import": "import", "export": "export", "property": "property", "dichan": "property",
    "guard corps": "corps", "eurasia": "eurasia", "eurasian": "eurasia", "evraziia": "eurasia",
    "zhonghua": "china", "huaxia": "china",
    "ukraine": "ukraine", "ukrainian": "ukraine", "ukrainy": "ukraine", "ukraina": "ukraine",
    "ukrainska": "ukraine", "ukrainskii": "ukraine",
    "jamgarmasi": "foundation", "jamgarma": "foundation", "fondi": "foundation", "qory": "foundation",
    "qori": "foundation", "bonyad": "foundation", "bunyad": "foundation", "muassasa": "foundation",
    "muassasat": "foundation", "muassisa": "foundation",
    "harakat": "movement", "tehreek-e": "movement", "harakatul": "movement",
    "ulttyk": "national", "milli": "national", "melli": "national", "qaumi": "national", "quami": "national",
    "rashtriya": "national", "minzu": "national", "guomin": "national", "quanguo": "national",
    "natsionalnogo": "national",
    "hizbul": "party", "hizbullah": "party allah", "sangh": "union", "sangathan": "organization",
    "sena": "army", "morcha": "front", "samiti": "committee", "parishad": "council",
    "mujahid": "mujahideen", "mujahedeen": "mujahideen",
})
# Words of a multi-concept entry above are not allowed (one concept per word).
for _k in [k for k, v in ORG_TERMS_LATIN.items() if " " in k or " " in v]:
    del ORG_TERMS_LATIN[_k]
ORG_TERMS_CYRILLIC.update({
    "благотворительн": "charity", "благодійн": "charity", "институт": "institute", "інститут": "institute",
    "ассоциаци": "association", "асоціаці": "association", "культур": "culture", "единств": "unity",
    "молодеж": "youth", "молодёж": "youth", "молод": "youth", "женщин": "women", "спасени": "salvation",
    "батальон": "battalion", "полк": "regiment", "дивизи": "division", "корпус": "corps", "гварди": "guard",
    "альянс": "alliance", "лига": "league", "федераци": "federation", "конгресс": "congress",
    "республик": "republic", "демократическ": "democratic", "свобод": "freedom", "независим": "independence",
    "сопротивлени": "resistance", "горн": "mining", "рабоч": "workers", "студент": "students",
    "сеть": "network", "сети": "network", "глобальн": "global", "университет": "university",
    "страхов": "insurance", "образовани": "education", "фармацевт": "pharmaceutical", "евраз": "eurasia",
    "украин": "ukraine", "україн": "ukraine", "юг": "south", "север": "north", "восток": "east", "запад": "west",
    "народ": "people", "армія": "army", "партія": "party", "рух": "movement",
    "об'єднан": "united", "об’єднан": "united", "объединени": "union", "товариств": "society",
    # Kazakh / Uzbek
    "қоры": "foundation", "қорының": "foundation", "жамғарма": "foundation", "жамгарма": "foundation",
    "ұлттық": "national", "улттык": "national", "миллий": "national", "қозғалыс": "movement",
    "ҳаракат": "movement", "харакат": "movement", "партияси": "party", "уюшма": "association",
    "бірлестік": "association", "орталығы": "centre", "маркази": "centre", "банкі": "bank",
    "жастар": "youth", "ёшлар": "youth", "ислом": "islamic", "исломий": "islamic",
})
ORG_TERMS_HAN.update({
    "研究所": "institute", "研究院": "institute", "研究中心": "research centre", "学院": "institute",
    "协会": "association", "学会": "society", "商会": "chamber", "联合会": "federation", "总会": "association",
    "中华": "china", "华夏": "china", "文化": "culture", "交流": "exchange", "民族": "national",
    "团结": "unity", "统一": "unity", "港务": "port", "港口": "port", "海洋": "ocean", "船务": "shipping",
    "航空": "aviation", "医药": "pharmaceutical", "制药": "pharmaceutical", "机械": "machinery",
    "设备": "equipment", "钢铁": "steel", "房地产": "property", "地产": "property", "置业": "property",
    "商贸": "trading", "进出口": "import", "电器": "electric", "网络": "network", "信息": "information",
    "软件": "software", "环球": "global", "联合": "united", "大学": "university", "医院": "hospital",
    "保险": "insurance", "慈善": "charity", "教育": "education", "办事处": "office", "分公司": "branch",
    "武装": "armed", "和平": "peace", "自由": "freedom", "民主": "democratic", "共和国": "republic",
    "独立": "independence", "抵抗": "resistance", "北方": "north", "南方": "south", "东部": "east",
    "西部": "west", "全国": "national", "国民": "national", "青年": "youth", "妇女": "women",
    "矿产": "mining", "工人": "workers", "学生": "students", "研究": "research",
})
for _k in [k for k, v in ORG_TERMS_HAN.items() if " " in v]:
    del ORG_TERMS_HAN[_k]
ORG_TERMS_ARABIC.update({
    "خیریه": "charity", "الخیریه": "charity", "فاونڈیشن": "foundation", "فاؤنڈیشن": "foundation",
    "ٹرسٹ": "trust", "امانت": "trust", "پارٹی": "party", "پیپلز": "people", "شعبیه": "people",
    "الشعبیه": "people", "شعبی": "people", "عوامی": "people", "ملی": "national", "قومی": "national",
    "وطنی": "national", "فلسطین": "palestine", "عرب": "arab", "العرب": "arab", "جزیره": "peninsula",
    "سپاه": "corps", "پاسداران": "guard", "حرس": "guard", "انقلاب": "revolutionary", "ثوره": "revolutionary",
    "انقلابی": "revolutionary", "محاذ": "front", "اتحاد": "union", "اتحادیه": "union", "لیگ": "league",
    "مسلم": "muslim", "کونسل": "council", "سوسائٹی": "society", "ایسوسی": "association",
    "انجمن": "association", "جمعیه": "association", "جمعیت": "association", "سازمان": "organization",
    "گروه": "group", "جمهوری": "republic", "جمهوریه": "republic", "آزادی": "freedom", "ازادی": "freedom",
    "حریه": "freedom", "مقاومه": "resistance", "مقاومت": "resistance", "شباب": "youth", "الشباب": "youth",
    "نجات": "salvation", "مجاهدین": "mujahideen", "المجاهدین": "mujahideen", "حرکه": "movement",
    "انصار": "supporters", "امه": "ummah", "الامه": "ummah", "متحد": "united", "متحدہ": "united",
    "موتمر": "congress", "مؤتمر": "congress", "فیلق": "corps", "کتیبه": "battalion", "ادارہ": "institute",
    "اداره": "institute", "معهد": "institute", "انسٹیٹیوٹ": "institute", "سینٹر": "centre",
    "بین": "international", "الاقوامی": "international", "دولی": "international", "الدولی": "international",
    "عالمی": "global", "کمیٹی": "committee", "لجنه": "committee", "کمیته": "committee",
})
# Devanagari organisation words → concept.
ORG_TERMS_DEVA: dict[str, str] = {
    "पार्टी": "party", "दल": "party", "जनता": "people", "राष्ट्रीय": "national", "संघ": "union",
    "सेना": "army", "मोर्चा": "front", "संगठन": "organization", "समिति": "committee", "परिषद": "council",
    "ट्रस्ट": "trust", "फाउंडेशन": "foundation", "मुजाहिदीन": "mujahideen", "जिहाद": "jihad",
    "इस्लामी": "islamic", "आंदोलन": "movement", "आन्दोलन": "movement", "मुक्ति": "liberation",
    "भारतीय": "india", "संस्थान": "institute", "केंद्र": "centre", "केन्द्र": "centre", "युवा": "youth",
    "लश्कर": "army", "जैश": "army",
}
LEGAL_FORMS_DEVA: dict[str, str] = {"लिमिटेड": "ltd", "प्राइवेट": "ltd", "कंपनी": "inc", "कम्पनी": "inc"}
LEGAL_FORMS_ARABIC.update({"لمیٹڈ": "ltd", "لميتد": "ltd", "لمیٹد": "ltd", "پرائیویٹ": "ltd", "کمپنی": "inc",
                           "المحدوده": "ltd", "محدوده": "ltd", "شرکه": "inc"})
LEGAL_FORMS_CYRILLIC.update({"ақ": "jsc", "жшс": "llc", "аж": "jsc", "мчж": "llc", "хк": "llc", "пат": "jsc",
                             "тзов": "llc", "ат": "jsc"})
LEGAL_FORMS["llc"] += ("mchj", "zhshs", "jshs", "tzov")
LEGAL_FORMS["jsc"] += ("aq", "aktsionerlik qogam")
ORG_GENERIC = (ORG_GENERIC | frozenset(
    _words("association institute charity office branch network information federation research")
)) - {"trust"}  # "Trust" / "Bank" are two companies
STOPWORDS_ORG = STOPWORDS_ORG | frozenset(_words("imeni named after fi li"))

# Korean given-name syllables: Revised Romanization against McCune-Reischauer
# and everyday spellings (applied to the whole romanised given name).
KOREAN_VOWEL_VARIANTS: tuple[tuple[str, str], ...] = (
    ("eo", "o"), ("eo", "u"), ("eu", "u"), ("ui", "i"), ("ae", "e"), ("yeo", "yo"), ("yeo", "yu"),
)
KOREAN_INITIAL_VARIANTS: tuple[tuple[str, str], ...] = (("g", "k"), ("d", "t"), ("b", "p"), ("j", "ch"))
