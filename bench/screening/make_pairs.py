"""Generate bench/screening/cross_script_pairs.csv from hand-written identities.

The committed CSV is the source of truth; this script documents how it was
made and regenerates it byte for byte (``--check`` verifies that it does).

Every name below was written by hand — no transliteration library produced
any of them, so the set does not reward a matcher for reproducing one
library's output. Han characters were checked against pypinyin and OpenCC
(s2tw / t2s). The people and organisations are invented: plausible name
combinations, not designated or public figures.

Format of DATA (one block per invented identity)::

    @ key group schema gender birth_date country
    + phenomenon | name1 | name2 [| options]   # note
    - phenomenon | name1 | name2 [| options]   # note

``+`` is a positive pair (same person/organisation), ``-`` a negative one.
``-`` in the header means "none". name1 is the query, name2 the register entry.
Options (space separated): d1= d2= c1= c2= g1= g2= (``-`` = empty), y=N (the
birth-year shift of a neg_birth_year row), s=Schema.

Which side carries a birth date, country or gender is NOT written per row; the
variant rules below spread the identity's attributes over the two sides in a
fixed rotation, so that a matcher sees every combination (both sides, one side,
neither) and cannot lean on the attributes alone:

- positive rows: the identity's own values, in a rotation of
  (query, entry) = (-, full), (year, full), (full, full), (-, -), (full, -);
- name negatives (another person whose name resembles the identity's): a birth
  date on at most one side, so that the names must decide, and no gender;
- neg_birth_year: both dates, the years differ by y (rotating 1, 3, -2, 12, -7);
- neg_gender_conflict: both genders, opposite;
- neg_country: the two countries given by c1= and the identity.

The split is by identity (a hash of its key), never by row: every variant of one
invented person is either all dev or all heldout, so rules or dictionaries
tuned on dev names cannot leak into the heldout score.

Usage: .venv/bin/python bench/screening/make_pairs.py [--check]
"""

from __future__ import annotations

import argparse
import calendar
import csv
import hashlib
import io
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cross_script_pairs.csv"
COLUMNS = [
    "id", "split", "group", "phenomenon", "schema", "name1", "name2",
    "birth_date1", "birth_date2", "country1", "country2", "gender1", "gender2",
    "is_match", "note",
]  # fmt: skip
DEV_PERCENT = 60

NAME_NEGATIVES = {"neg_given_name", "neg_similar_name", "neg_gender_form", "neg_patronymic"}
DEFAULT_NOTES = {
    "transliteration": "native script ↔ its usual romanisation",
    "spelling_variant": "two accepted spellings of the same name",
    "passport_icao": "ICAO 9303 passport romanisation",
    "bgn_press": "BGN/PCGN or press romanisation",
    "national_orthography": "Central Asian national orthography ↔ Russian form",
    "pinyin_format": "pinyin written differently (case, spaces, hyphens)",
    "trad_simp": "traditional ↔ simplified characters",
    "wade_giles": "Wade-Giles ↔ pinyin or characters",
    "initials": "given names reduced to initials",
    "extra_name_part": "patronymic / middle name / second surname on one side only",
    "name_order": "family name first or 'FAMILY, Given'",
    "title": "title, rank or honorific on one side",
    "typo": "a typing error",
    "legal_form": "legal form written differently or translated",
    "translated_name": "organisation name translated",
    "neg_given_name": "same family name, different given name",
    "neg_patronymic": "same name, different father's name",
    "neg_gender_form": "the other gender's form of the name",
    "neg_similar_name": "a similar but distinct name",
    "neg_birth_year": "same name, different birth year",
    "neg_gender_conflict": "same name, genders conflict",
    "neg_country": "same or similar organisation name, countries conflict",
}
OTHER_GENDER = {"male": "female", "female": "male"}
YEAR_SHIFTS = (1, 3, -2, 12, -7)

# ruff: noqa: E501 — the data lines are easier to check by eye unwrapped.
DATA = """
# ============================== cyrillic ==============================
@ ru-sokolov cyrillic Person male 1978-03-14 RU
+ transliteration | Евгений Викторович Соколов | Evgenii Viktorovich Sokolov   # ICAO 9303 (Russian passport since 2010): й→i
+ passport_icao | EVGENII SOKOLOV | Yevgeniy Viktorovich Sokolov   # ICAO passport ↔ BGN/PCGN, patronymic absent
+ bgn_press | Yevgeny Sokolov | Соколов Евгений Викторович   # press spelling ↔ Cyrillic, family first
+ initials | Y. V. Sokolov | Евгений Викторович Соколов
+ initials | Соколов Е.В. | Yevgeniy Viktorovich Sokolov
+ title | полковник Евгений Соколов | Sokolov, Evgenii Viktorovich   # полковник = colonel
+ name_order | SOKOLOV, Yevgeniy | Евгений Соколов
- neg_gender_form | Yevgeniya Viktorovna Sokolova | Евгений Викторович Соколов   # Yevgeniya/Yevgeniy, Sokolova/Sokolov
- neg_gender_form | Evgeniia Sokolova | Evgenii Sokolov
- neg_patronymic | Евгений Владимирович Соколов | Yevgeniy Viktorovich Sokolov
- neg_given_name | Vsevolod Sokolov | Евгений Викторович Соколов
- neg_birth_year | Evgenii Viktorovich Sokolov | Соколов Евгений Викторович
- neg_similar_name | Yevgeniy Sokolovsky | Евгений Викторович Соколов   # Sokolovsky ≠ Sokolov
- neg_given_name | Соколов А.В. | Yevgeniy Viktorovich Sokolov   # another first initial
- neg_patronymic | Y. N. Sokolov | Евгений Викторович Соколов   # another patronymic initial

@ ru-plotnikov cyrillic Person male 1981-07-02 RU
+ transliteration | Андрей Геннадьевич Плотников | Andrei Gennadevich Plotnikov   # ICAO: ь dropped
+ bgn_press | Andrey Gennad'yevich Plotnikov | Andrei Plotnikov
+ passport_icao | PLOTNIKOV ANDREI | Андрей Плотников
+ extra_name_part | Андрей Плотников | Andrey Gennadyevich Plotnikov
+ typo | Andrei Plotnikiv | Плотников Андрей Геннадьевич
+ title | Major General Andrey Plotnikov | генерал-майор А. Г. Плотников   # rank on both sides, in two languages
- neg_gender_form | Plotnikova A.G. | Plotnikov A.G.
- neg_given_name | Алексей Геннадьевич Плотников | Andrei Gennadevich Plotnikov
- neg_similar_name | Andrei Plotkin | Андрей Плотников
- neg_birth_year | Андрей Плотников | Andrei Gennadevich Plotnikov
- neg_patronymic | Андрей Петрович Плотников | Andrey Gennadyevich Plotnikov
- neg_given_name | Anatoly Plotnikov | Андрей Плотников

@ ru-belousova cyrillic Person female 1990-11-23 RU
+ transliteration | Юлия Сергеевна Белоусова | Iuliia Sergeevna Belousova   # ICAO ю→iu, я→ia
+ bgn_press | Yuliya Sergeyevna Belousova | Yulia Belousova
+ passport_icao | IULIIA BELOUSOVA | Yulia Sergeyevna Belousova
+ name_order | Belousova Yuliya Sergeyevna | Юлия Белоусова
+ initials | Ю. С. Белоусова | Yuliya Sergeyevna Belousova
+ typo | Yulia Belousva | Белоусова Юлия Сергеевна
- neg_gender_form | Юлий Сергеевич Белоусов | Yuliya Sergeyevna Belousova   # Yuliy is the male form of Yuliya
- neg_similar_name | Yuliana Belousova | Юлия Белоусова   # Yuliana is a distinct name
- neg_patronymic | Yuliya Sergeyevna Belousova | Юлия Станиславовна Белоусова
- neg_birth_year | Yulia Belousova | Юлия Сергеевна Белоусова
- neg_given_name | Yelena Belousova | Юлия Сергеевна Белоусова
- neg_similar_name | Yulia Belova | Юлия Белоусова   # Belova ≠ Belousova

@ ru-shcherbakov cyrillic Person male 1975-01-09 RU
+ transliteration | Алексей Юрьевич Щербаков | Aleksei Iurevich Shcherbakov   # ICAO щ→shch, ю→iu
+ bgn_press | Alexei Shcherbakov | Aleksey Yur'yevich Shcherbakov
+ bgn_press | Alexey Scherbakov | Щербаков Алексей Юрьевич   # press drops an h
+ passport_icao | SHCHERBAKOV ALEKSEI | Alexei Yuryevich Shcherbakov
+ title | Col. Aleksey Shcherbakov | Щербаков Алексей Юрьевич
+ extra_name_part | Aleksei Iurevich Shcherbakov | Алексей Щербаков
- neg_similar_name | Алексей Щербатов | Aleksei Shcherbakov   # Shcherbatov: one letter, another family
- neg_patronymic | Aleksey Il'ich Shcherbakov | Алексей Юрьевич Щербаков
- neg_given_name | Oleg Yur'yevich Shcherbakov | Алексей Юрьевич Щербаков
- neg_birth_year | Aleksey Shcherbakov | Alexei Yuryevich Shcherbakov
- neg_gender_form | Shcherbakova A. Yu. | Щербаков А.Ю.
- neg_similar_name | Alexei Shcherbinin | Алексей Щербаков

@ ru-zhuravlev cyrillic Person male 1984-05-30 RU
+ transliteration | Дмитрий Олегович Журавлёв | Dmitrii Olegovich Zhuravlev   # ICAO ё→e
+ bgn_press | Dmitry Zhuravlyov | Dmitriy Olegovich Zhuravlëv   # press yo ↔ BGN ë
+ spelling_variant | Журавлев Дмитрий Олегович | Dmitri Zhuravlyov   # ё written as е
+ passport_icao | ZHURAVLEV DMITRII | Дмитрий Журавлёв
+ initials | D. O. Zhuravlev | Журавлёв Дмитрий Олегович
+ typo | Dmitry Zhuralvev | Dmitrii Olegovich Zhuravlev
- neg_given_name | Денис Олегович Журавлёв | Dmitry Zhuravlyov
- neg_gender_form | Журавлёва Д.О. | Журавлёв Д.О.
- neg_birth_year | Dmitry Zhuravlyov | Журавлёв Дмитрий Олегович
- neg_patronymic | Dmitry Igorevich Zhuravlyov | Дмитрий Олегович Журавлёв
- neg_similar_name | Дмитрий Журавский | Dmitrii Zhuravlev

@ ru-kharitonova cyrillic Person female 1993-08-17 RU
+ transliteration | Ксения Игоревна Харитонова | Kseniia Igorevna Kharitonova
+ bgn_press | Ksenia Kharitonova | Kseniya Igorevna Kharitonova
+ passport_icao | KSENIIA KHARITONOVA | Ксения Харитонова
+ name_order | KHARITONOVA, Kseniya Igorevna | Ксения Игоревна Харитонова
+ spelling_variant | Kseniya Haritonova | Ксения Игоревна Харитонова   # х→h (press, other languages)
+ typo | Ksenia Kharitnova | Kseniia Kharitonova
- neg_similar_name | Ксения Харламова | Kseniya Kharitonova
- neg_gender_form | Kharitonov K.I. | Харитонова К.И.
- neg_birth_year | Ksenia Kharitonova | Ксения Игоревна Харитонова
- neg_given_name | Kristina Kharitonova | Ксения Харитонова
- neg_patronymic | Ксения Ивановна Харитонова | Kseniya Igorevna Kharitonova

@ ru-yefimov cyrillic Person male 1969-12-01 RU
+ transliteration | Сергей Анатольевич Ефимов | Sergei Anatolevich Efimov   # ICAO initial Е→E
+ bgn_press | Sergey Anatol'yevich Yefimov | Sergei Efimov   # BGN initial Е→Ye
+ bgn_press | Sergei Yefimov | Ефимов Сергей Анатольевич
+ title | подполковник С. А. Ефимов | Sergey Anatolyevich Yefimov   # подполковник = lieutenant colonel
+ passport_icao | EFIMOV SERGEI | Sergey Yefimov
- neg_similar_name | Сергей Ефремов | Sergei Efimov   # Yefremov ≠ Yefimov
- neg_given_name | Semyon Yefimov | Сергей Ефимов
- neg_birth_year | Sergei Efimov | Сергей Анатольевич Ефимов
- neg_patronymic | Sergei Alekseevich Efimov | Сергей Анатольевич Ефимов
- neg_gender_form | Efimova S.A. | Ефимов С.А.

@ ru-tikhonova cyrillic Person female 1972-04-11 RU
+ transliteration | Наталья Павловна Тихонова | Natalia Pavlovna Tikhonova   # ICAO ья→ia
+ bgn_press | Natal'ya Pavlovna Tikhonova | Natalya Tikhonova
+ extra_name_part | Natalia Tikhonova | Тихонова Наталья Павловна
+ initials | Tikhonova N. P. | Наталья Павловна Тихонова
+ title | доктор Тихонова Наталья Павловна | Dr. Natalya Tikhonova
- neg_similar_name | Наталья Тихомирова | Natalia Tikhonova
- neg_patronymic | Natalya Petrovna Tikhonova | Наталья Павловна Тихонова
- neg_birth_year | Natalya Tikhonova | Наталья Павловна Тихонова
- neg_given_name | Nadezhda Tikhonova | Наталья Тихонова
- neg_gender_form | Тихонов Н.П. | Tikhonova N.P.

@ ru-tsygankov cyrillic Person male 1980-09-19 RU
+ transliteration | Вячеслав Игоревич Цыганков | Viacheslav Igorevich Tsygankov
+ bgn_press | Vyacheslav Tsygankov | Viacheslav Igorevich Tsygankov
+ bgn_press | Wjatscheslaw Zygankow | Вячеслав Цыганков   # German press transliteration
+ passport_icao | TSYGANKOV VIACHESLAV | Vyacheslav Igoryevich Tsygankov
+ typo | Vyacheslav Tsyganokv | Вячеслав Игоревич Цыганков
- neg_similar_name | Вячеслав Цыганов | Vyacheslav Tsygankov   # Tsyganov ≠ Tsygankov
- neg_given_name | Владислав Игоревич Цыганков | Viacheslav Tsygankov   # Vladislav ≠ Vyacheslav
- neg_birth_year | Вячеслав Цыганков | Vyacheslav Igorevich Tsygankov
- neg_patronymic | Vyacheslav Olegovich Tsygankov | Вячеслав Игоревич Цыганков
- neg_gender_form | Tsygankova V.I. | Цыганков В.И.

@ ua-tkachenko cyrillic Person male 1977-06-06 UA
+ transliteration | Олександр Миколайович Ткаченко | Oleksandr Mykolaiovych Tkachenko   # Ukrainian national romanisation (2010)
+ spelling_variant | Александр Николаевич Ткаченко | Oleksandr Mykolayovych Tkachenko   # Russian form ↔ Ukrainian romanisation
+ spelling_variant | Aleksandr Tkachenko | Олександр Ткаченко   # Russian-form romanisation ↔ Ukrainian Cyrillic
+ initials | Ткаченко О.М. | Oleksandr Mykolaiovych Tkachenko
+ title | генерал-майор Ткаченко Олександр Миколайович | Oleksandr Tkachenko
- neg_gender_conflict | О. М. Ткаченко | Ткаченко О.М.   # -enko and initials carry no gender
- neg_gender_form | Oleksandra Tkachenko | Олександр Ткаченко
- neg_patronymic | Oleksandr Mykolaiovych Tkachenko | Олександр Васильович Ткаченко
- neg_birth_year | Oleksandr Tkachenko | Олександр Миколайович Ткаченко
- neg_similar_name | Oleksandr Tkachuk | Олександр Ткаченко   # Tkachuk ≠ Tkachenko
- neg_given_name | Oleksii Tkachenko | Олександр Миколайович Ткаченко

@ ua-kovalchuk cyrillic Person female 1986-02-18 UA
+ transliteration | Ірина Петрівна Ковальчук | Iryna Petrivna Kovalchuk
+ spelling_variant | Irina Petrovna Kovalchuk | Ірина Ковальчук   # Russian form
+ bgn_press | Irina Koval'chuk | Iryna Kovalchuk
+ name_order | KOVALCHUK Iryna | Ірина Петрівна Ковальчук
- neg_gender_conflict | Kovalchuk I. P. | Ковальчук І.П. | g1=female g2=male   # -chuk and initials carry no gender
- neg_given_name | Оксана Петрівна Ковальчук | Iryna Kovalchuk
- neg_birth_year | Iryna Kovalchuk | Ірина Петрівна Ковальчук
- neg_similar_name | Iryna Kovalenko | Ірина Ковальчук   # Kovalenko ≠ Kovalchuk
- neg_patronymic | Iryna Mykolaivna Kovalchuk | Ірина Петрівна Ковальчук

@ ua-melnyk cyrillic Person male 1992-10-03 UA
+ transliteration | Євген Олегович Мельник | Yevhen Olehovych Melnyk
+ spelling_variant | Євген Мельник | Evgeny Melnik   # Ukrainian ↔ Russian-form romanisation
+ passport_icao | IEVGEN MELNYK | Євген Мельник   # pre-2010 Ukrainian passports (French-based)
- neg_gender_conflict | Zhenya Melnyk | Женя Мельник | g1=male g2=female   # Zhenya: Yevhen or Yevheniya
- neg_gender_form | Yevheniia Melnyk | Євген Мельник
- neg_birth_year | Yevhen Melnyk | Євген Олегович Мельник
- neg_similar_name | Yevhen Melnychuk | Євген Мельник   # Melnychuk ≠ Melnyk
- neg_patronymic | Yevhen Ihorovych Melnyk | Євген Олегович Мельник

@ ru-zaitsev cyrillic Person male 1988-02-27 RU
+ transliteration | Илья Романович Зайцев | Ilia Romanovich Zaitsev
+ bgn_press | Il'ya Romanovich Zaytsev | Ilya Zaitsev
+ passport_icao | ZAITSEV ILIA | Ilya Romanovich Zaytsev
+ typo | Ilya Zaytsef | Илья Зайцев
+ initials | I. R. Zaitsev | Зайцев Илья Романович
- neg_similar_name | Ильяс Зайцев | Ilya Zaitsev   # Ilyas is a distinct name
- neg_gender_form | Zaitseva I.R. | Zaitsev I.R.
- neg_birth_year | Ilya Zaitsev | Илья Романович Зайцев
- neg_patronymic | Ilya Sergeyevich Zaitsev | Илья Романович Зайцев
- neg_given_name | Igor Zaitsev | Илья Зайцев

@ ru-vorobyov cyrillic Person male 1966-10-10 RU
+ transliteration | Фёдор Ильич Воробьёв | Fedor Ilich Vorobev   # ICAO
+ bgn_press | Fyodor Vorobyov | Fëdor Il'ich Vorob'yëv   # press ↔ BGN/PCGN with ë and ʼ
+ bgn_press | Fiodor Vorobiev | Воробьев Федор Ильич
+ extra_name_part | Fedor Ilyich Vorobyev | Фёдор Воробьёв
+ title | генерал-лейтенант Ф. И. Воробьёв | Fyodor Ilyich Vorobyov   # lieutenant general + initials
- neg_given_name | Филипп Ильич Воробьёв | Fyodor Vorobyov
- neg_patronymic | Fyodor Igorevich Vorobyov | Фёдор Ильич Воробьёв
- neg_birth_year | Fyodor Vorobyov | Фёдор Ильич Воробьёв
- neg_gender_form | Воробьёва Ф.И. | Vorobyov F.I.
- neg_similar_name | Fyodor Vorontsov | Фёдор Воробьёв

@ ru-lebedeva cyrillic Person female 1985-03-03 RU
+ transliteration | Татьяна Евгеньевна Лебедева | Tatiana Evgenevna Lebedeva
+ bgn_press | Tat'yana Yevgen'yevna Lebedeva | Tatyana Lebedeva
+ name_order | LEBEDEVA, Tatiana | Татьяна Лебедева
+ initials | T. Ye. Lebedeva | Лебедева Татьяна Евгеньевна
+ typo | Tatyana Lebedva | Татьяна Евгеньевна Лебедева
- neg_gender_form | Лебедев Т.Е. | Lebedeva T. Ye.
- neg_given_name | Svetlana Lebedeva | Татьяна Лебедева
- neg_birth_year | Tatyana Lebedeva | Татьяна Евгеньевна Лебедева
- neg_patronymic | Tatyana Vladimirovna Lebedeva | Татьяна Евгеньевна Лебедева
- neg_similar_name | Tatyana Lebedinskaya | Татьяна Лебедева

@ kz-zhaksybekov cyrillic Person male 1983-04-21 KZ
+ national_orthography | Нұрлан Серікұлы Жақсыбеков | Nurlan Serikovich Zhaksybekov   # Kazakh Cyrillic (-ұлы patronymic) ↔ Russian form
+ national_orthography | Nūrlan Serıkūly Jaqsybekov | Нурлан Серикович Жаксыбеков   # Kazakh Latin (2021) ↔ Russian Cyrillic
+ passport_icao | ZHAKSYBEKOV NURLAN | Нұрлан Жақсыбеков
+ national_orthography | Nurlan Jaqsybekov | Жаксыбеков Нурлан   # Kazakh Latin without diacritics
+ initials | Жаксыбеков Н.С. | Nurlan Serikovich Zhaksybekov
- neg_given_name | Ерлан Серикович Жаксыбеков | Nurlan Zhaksybekov   # Yerlan ≠ Nurlan
- neg_patronymic | Нұрлан Болатұлы Жақсыбеков | Nurlan Serikovich Zhaksybekov
- neg_birth_year | Nurlan Zhaksybekov | Нұрлан Серікұлы Жақсыбеков
- neg_similar_name | Nurlan Zhaksylykov | Нұрлан Жақсыбеков   # Zhaksylykov ≠ Zhaksybekov
- neg_gender_form | Жаксыбекова Н.С. | Zhaksybekov N.S.

@ kz-seitova cyrillic Person female 1991-12-05 KZ
+ national_orthography | Айгерім Болатқызы Сейітова | Aigerim Bolatovna Seitova   # Kazakh Cyrillic (-қызы) ↔ Russian form
+ national_orthography | Aigerım Seiıtova | Айгерим Сеитова   # Kazakh Latin (2021) ↔ Russian Cyrillic
+ passport_icao | SEITOVA AIGERIM | Айгерім Сейітова
+ name_order | Seitova Aigerim Bolatovna | Айгерим Сеитова
+ typo | Aigerim Seitva | Aigerim Bolatovna Seitova
- neg_similar_name | Айгуль Сеитова | Aigerim Seitova   # Aigul ≠ Aigerim
- neg_gender_form | Seitov A.B. | Seitova A.B.
- neg_birth_year | Aigerim Seitova | Айгерім Болатқызы Сейітова
- neg_patronymic | Айгерим Маратовна Сеитова | Aigerim Bolatovna Seitova
- neg_given_name | Aliya Seitova | Айгерім Сейітова

@ uz-toshmatov cyrillic Person male 1987-09-14 UZ
+ national_orthography | Sherzod Rustam o‘g‘li Toshmatov | Шерзод Рустамович Ташматов   # Uzbek Latin (o‘g‘li) ↔ Russian form
+ national_orthography | Шерзод Рустам ўғли Тошматов | Sherzod Rustamovich Tashmatov   # Uzbek Cyrillic ↔ Russian-form Latin
+ transliteration | Шерзод Тошматов | Sherzod Toshmatov
+ passport_icao | TOSHMATOV SHERZOD | Sherzod Rustamovich Toshmatov
+ typo | Sherzod Toshmatv | Шерзод Тошматов
- neg_similar_name | Shahzod Toshmatov | Шерзод Тошматов   # Shahzod ≠ Sherzod
- neg_patronymic | Sherzod Akmal o‘g‘li Toshmatov | Шерзод Рустам ўғли Тошматов
- neg_birth_year | Sherzod Toshmatov | Шерзод Рустам ўғли Тошматов
- neg_gender_form | Тошматова Ш.Р. | Toshmatov Sh.R.
- neg_given_name | Jasur Toshmatov | Шерзод Тошматов

@ uz-yuldasheva cyrillic Person female 1994-01-30 UZ
+ national_orthography | Dilnoza Akmal qizi Yo‘ldosheva | Дильноза Акмаловна Юлдашева   # Uzbek Latin (qizi) ↔ Russian form
+ national_orthography | Дилноза Йўлдошева | Dilnoza Yuldasheva   # Uzbek Cyrillic ↔ Russian-form Latin
+ transliteration | Дилноза Акмал қизи Йўлдошева | Dilnoza Akmal qizi Yo'ldosheva
+ national_orthography | YULDASHEVA DILNOZA | Dilnoza Yo‘ldosheva
- neg_similar_name | Dilfuza Yuldasheva | Дилноза Йўлдошева   # Dilfuza ≠ Dilnoza
- neg_gender_form | Йўлдошев Д.А. | Yuldasheva D.A.
- neg_birth_year | Dilnoza Yuldasheva | Дилноза Акмал қизи Йўлдошева
- neg_patronymic | Dilnoza Rustam qizi Yo‘ldosheva | Дилноза Акмал қизи Йўлдошева
- neg_given_name | Nigora Yo‘ldosheva | Dilnoza Yuldasheva

@ kg-torobaev cyrillic Person male 1986-07-07 KG
+ national_orthography | Азамат Бакытбек уулу Төрөбаев | Azamat Bakytbekovich Torobaev   # Kyrgyz Cyrillic (уулу) ↔ Russian form
+ national_orthography | Azamat Töröbaev | Азамат Торобаев
+ transliteration | Азамат Төрөбаев | Azamat Torobaev
+ passport_icao | TOROBAEV AZAMAT | Azamat Bakytbekovich Torobayev
- neg_given_name | Asylbek Torobaev | Азамат Төрөбаев
- neg_birth_year | Azamat Torobaev | Азамат Бакытбек уулу Төрөбаев
- neg_patronymic | Азамат Нурланович Торобаев | Azamat Bakytbekovich Torobaev
- neg_gender_form | Торобаева А.Б. | Torobaev A.B.

@ kg-asanova cyrillic Person female 1979-05-25 KG
+ national_orthography | Гүлнара Асанова | Gulnara Asanova   # Kyrgyz Cyrillic ү
+ transliteration | Гульнара Мамытовна Асанова | Gulnara Mamytovna Asanova
+ national_orthography | Gülnara Asanova | Гульнара Асанова
- neg_gender_form | Асанов Г.М. | Asanova G.M.
- neg_birth_year | Gulnara Asanova | Гүлнара Асанова
- neg_similar_name | Gulnaz Asanova | Гүлнара Асанова   # Gulnaz ≠ Gulnara
- neg_given_name | Cholpon Asanova | Гульнара Асанова

@ tj-ismoilov cyrillic Person male 1982-02-12 TJ
+ national_orthography | Шаҳром Исмоилов | Shakhrom Ismailov   # Tajik Cyrillic ↔ Russian-form (ҳ→kh, о→a)
+ national_orthography | Shahrom Ismoilov | Шахром Исмаилов
+ transliteration | Шаҳром Исмоилов | Shahrom Ismoilov
+ passport_icao | ISMOILOV SHAHROM | Шаҳром Исмоилов
- neg_similar_name | Shahriyor Ismoilov | Шаҳром Исмоилов   # Shahriyor ≠ Shahrom
- neg_birth_year | Shahrom Ismoilov | Шаҳром Исмоилов
- neg_gender_form | Ismoilova Sh. | Исмоилов Ш.
- neg_given_name | Farrukh Ismoilov | Шаҳром Исмоилов

# ============================== han ==============================
@ cn-wangjianguo han Person male 1970-05-12 CN
+ transliteration | 王建国 | Wang Jianguo
+ pinyin_format | WANG JIANGUO | 王建国
+ pinyin_format | Wang Jian-Guo | 王建國
+ pinyin_format | Wangjianguo | 王建国
+ name_order | Jianguo Wang | 王建国
+ name_order | WANG, Jianguo | 王建國
+ trad_simp | 王建國 | 王建国
+ wade_giles | Wang Chien-kuo | 王建国
+ title | 王建国先生 | Wang Jianguo   # 先生 = Mr
+ initials | Wang J. G. | WANG Jianguo
- neg_similar_name | 王建军 | 王建国   # Jianjun ≠ Jianguo
- neg_similar_name | Wang Jianjun | 王建国
- neg_given_name | 王志强 | Wang Jianguo
- neg_birth_year | 王建国 | Wang Jianguo
- neg_similar_name | 王建华 | 王建国   # Jianhua ≠ Jianguo
- neg_similar_name | 汪建国 | 王建国   # 汪 and 王 are different surnames, both Wang

@ cn-lixiaoming han Person male 1982-08-09 CN
+ transliteration | 李晓明 | Li Xiaoming
+ trad_simp | 李曉明 | Li Xiaoming   # traditional ↔ pinyin
+ wade_giles | Li Hsiao-ming | 李晓明
+ pinyin_format | LI Xiao Ming | 李晓明
+ name_order | Xiaoming Li | 李曉明
+ typo | Li Xiaomnig | Li Xiaoming
- neg_similar_name | 李小明 | 李晓明   # homophone, different characters
- neg_gender_conflict | 李晓明 | Li Xiaoming
- neg_birth_year | Li Xiaoming | 李晓明
- neg_similar_name | 李晓敏 | 李晓明   # Xiaomin ≠ Xiaoming
- neg_given_name | Li Xiaohong | 李晓明
- neg_similar_name | Li Xiaomin | 李晓明

@ cn-zhanglihua han Person female 1975-11-30 CN
+ transliteration | 张丽华 | Zhang Lihua
+ trad_simp | 張麗華 | 张丽华
+ wade_giles | Chang Li-hua | 张丽华
+ title | 张丽华女士 | Zhang Lihua   # 女士 = Ms
+ pinyin_format | ZHANG LI HUA | 張麗華
+ name_order | Lihua Zhang | 张丽华
- neg_similar_name | 张丽娟 | 张丽华   # Lijuan ≠ Lihua
- neg_similar_name | Zhang Lihui | 张丽华
- neg_given_name | 张秀英 | Zhang Lihua
- neg_birth_year | 张丽华 | Zhang Lihua
- neg_similar_name | 章丽华 | 张丽华   # 章 and 张 are different surnames, both Zhang
- neg_gender_conflict | Zhang Lihua | 张丽华 | g1=male g2=female

@ hk-chenzhiqiang han Person male 1968-02-03 HK
+ transliteration | 陳志強 | Chen Zhiqiang
+ trad_simp | 陳志強 | 陈志强
+ spelling_variant | CHAN Chi Keung | 陳志強   # Hong Kong (Cantonese) romanisation
+ spelling_variant | Chan Chi-keung | Chen Zhiqiang   # Cantonese ↔ Mandarin pinyin of the same characters
+ wade_giles | Ch'en Chih-ch'iang | 陈志强
+ title | 陈志强博士 | Dr. Chen Zhiqiang   # 博士 = Dr.
- neg_similar_name | 陈志刚 | 陈志强   # Zhigang ≠ Zhiqiang
- neg_similar_name | Chen Zhiqing | 陳志強
- neg_birth_year | Chen Zhiqiang | 陳志強
- neg_given_name | 陈国强 | 陈志强
- neg_similar_name | Chan Chi Kwong | 陳志強   # Cantonese Kwong (光) ≠ Keung (強)

@ cn-liuhaitao han Person male 1979-06-21 CN
+ transliteration | 刘海涛 | Liu Haitao
+ trad_simp | 劉海濤 | Liu Haitao
+ wade_giles | Liu Hai-t'ao | 劉海濤
+ pinyin_format | LIU HAI-TAO | 刘海涛
+ title | 刘海涛上校 | Liu Haitao   # 上校 = colonel
+ initials | Liu H.T. | Liu Haitao
- neg_similar_name | 刘海波 | Liu Haitao   # Haibo ≠ Haitao
- neg_given_name | 刘建华 | 刘海涛
- neg_birth_year | 刘海涛 | Liu Haitao
- neg_similar_name | 刘海燕 | 刘海涛   # Haiyan ≠ Haitao
- neg_similar_name | Liu Haitang | 刘海涛

@ cn-huangweidong han Person male 1988-01-15 CN
+ transliteration | 黄伟东 | Huang Weidong
+ trad_simp | 黃偉東 | 黄伟东
+ wade_giles | Huang Wei-tung | Huang Weidong   # Wade-Giles ↔ pinyin, both Latin
+ pinyin_format | Huangweidong | 黄伟东
+ typo | Haung Weidong | 黄伟东
- neg_similar_name | 黄伟栋 | 黄伟东   # homophone, different characters
- neg_given_name | Huang Zhiming | 黄伟东
- neg_birth_year | Huang Weidong | 黄伟东
- neg_similar_name | 黄卫东 | 黄伟东   # homophone, different characters
- neg_similar_name | Huang Weifeng | 黄伟东

@ cn-zhaoxuemei han Person female 1991-04-04 CN
+ transliteration | 赵雪梅 | Zhao Xuemei
+ trad_simp | 趙雪梅 | Zhao Xuemei
+ wade_giles | Chao Hsüeh-mei | 赵雪梅
+ wade_giles | Chao Hsueh-mei | Zhao Xuemei
+ name_order | Xuemei ZHAO | 赵雪梅
- neg_similar_name | 赵雪莲 | 赵雪梅   # Xuelian ≠ Xuemei
- neg_given_name | Zhao Limei | 赵雪梅
- neg_birth_year | 赵雪梅 | Zhao Xuemei
- neg_similar_name | 赵雪娇 | Zhao Xuemei
- neg_similar_name | 赵学梅 | 赵雪梅   # near-homophone, different characters

@ cn-zhouguoqing han Person male 1965-09-27 CN
+ transliteration | 周国庆 | Zhou Guoqing
+ trad_simp | 周國慶 | 周国庆
+ wade_giles | Chou Kuo-ch'ing | Zhou Guoqing
+ pinyin_format | ZHOU GUO-QING | 周國慶
+ title | 周国庆同志 | Zhou Guoqing   # 同志 = comrade
- neg_similar_name | 周国清 | 周国庆   # same pinyin syllables, different characters
- neg_similar_name | Zhou Guoqiang | 周国庆
- neg_birth_year | Zhou Guoqing | 周国庆
- neg_given_name | 周国平 | Zhou Guoqing
- neg_similar_name | 邹国庆 | 周国庆   # Zou ≠ Zhou

@ cn-lvxiaofeng han Person male 1985-12-12 CN
+ transliteration | 吕晓峰 | Lü Xiaofeng
+ spelling_variant | LYU XIAOFENG | 吕晓峰   # passport writes ü as yu
+ spelling_variant | Lv Xiaofeng | Lü Xiaofeng   # v for ü (input-method spelling)
+ spelling_variant | Lu Xiaofeng | 呂曉峰   # ü without the dots, traditional characters
+ wade_giles | Lü Hsiao-feng | 吕晓峰
+ trad_simp | 呂曉峰 | 吕晓峰
- neg_similar_name | 吕晓锋 | 吕晓峰   # homophone, different characters
- neg_gender_conflict | Lyu Xiaofeng | 吕晓峰
- neg_birth_year | 吕晓峰 | Lü Xiaofeng
- neg_similar_name | 卢晓峰 | Lü Xiaofeng   # Lu (卢) ≠ Lü (吕)
- neg_given_name | 吕晓东 | 吕晓峰

@ cn-zhengwenbin han Person male 1977-03-08 CN
+ transliteration | 郑文斌 | Zheng Wenbin
+ trad_simp | 鄭文斌 | Zheng Wenbin
+ wade_giles | Cheng Wen-pin | 郑文斌
+ name_order | Wenbin Zheng | 鄭文斌
+ typo | Zehng Wenbin | 郑文斌
- neg_similar_name | 郑文彬 | 郑文斌   # homophone, different characters
- neg_given_name | 郑永斌 | Zheng Wenbin
- neg_birth_year | Zheng Wenbin | 郑文斌
- neg_similar_name | 郑文兵 | Zheng Wenbin   # Wenbing ≠ Wenbin
- neg_similar_name | 曾文斌 | 郑文斌   # Zeng ≠ Zheng

@ cn-sunjing han Person female 1990-07-19 CN
+ transliteration | 孙静 | Sun Jing
+ trad_simp | 孫靜 | 孙静
+ wade_giles | Sun Ching | 孙静
+ pinyin_format | SUN JING | 孫靜
- neg_gender_conflict | 孙静 | Sun Jing
- neg_similar_name | 孙晶 | 孙静   # same pinyin, different characters
- neg_given_name | Sun Jie | 孙静
- neg_birth_year | 孙静 | Sun Jing
- neg_similar_name | 孙婧 | 孙静   # homophone, different characters
- neg_gender_conflict | Sun Jing | 孫靜 | g1=male g2=female

@ cn-ouyangzhiyuan han Person male 1983-05-05 CN
+ transliteration | 欧阳志远 | Ouyang Zhiyuan
+ trad_simp | 歐陽志遠 | 欧阳志远
+ pinyin_format | OUYANG ZHI-YUAN | 欧阳志远   # two-character surname
+ wade_giles | Ou-yang Chih-yüan | Ouyang Zhiyuan
+ name_order | Zhiyuan Ouyang | 歐陽志遠
+ name_order | OUYANG, Zhiyuan | 欧阳志远
- neg_given_name | 欧阳志明 | Ouyang Zhiyuan
- neg_birth_year | Ouyang Zhiyuan | 欧阳志远
- neg_similar_name | 欧志远 | 欧阳志远   # surname Ou ≠ Ouyang
- neg_similar_name | Yang Zhiyuan | 欧阳志远   # surname Yang ≠ Ouyang

@ cn-mayongfu han Person male 1972-10-01 CN
+ transliteration | 马永福 | Ma Yongfu
+ trad_simp | 馬永福 | Ma Yongfu
+ wade_giles | Ma Yung-fu | 马永福
+ title | 马永福先生 | MA YONGFU
- neg_similar_name | 马永富 | 马永福   # homophone, different characters
- neg_birth_year | 马永福 | Ma Yongfu
- neg_given_name | 马永强 | Ma Yongfu
- neg_similar_name | Ma Yongfeng | 马永福

@ cn-yangfan han Person male 1987-03-22 CN
+ transliteration | 杨帆 | Yang Fan
+ trad_simp | 楊帆 | Yang Fan
+ pinyin_format | YANG FAN | 楊帆
+ name_order | Fan Yang | 杨帆
- neg_gender_conflict | 杨帆 | Yang Fan   # Yang Fan is given to boys and girls
- neg_gender_conflict | Fan Yang | 楊帆 | g1=female g2=male
- neg_similar_name | 杨凡 | 杨帆   # homophone, different characters
- neg_birth_year | Yang Fan | 杨帆
- neg_given_name | 杨扬 | Yang Fan
- neg_similar_name | Yang Fang | 杨帆   # Fang ≠ Fan

@ tw-xuwenjie han Person male 1986-11-11 TW
+ transliteration | 許文傑 | Xu Wenjie   # traditional ↔ pinyin
+ wade_giles | Hsu Wen-chieh | 許文傑   # Taiwan passport style (Wade-Giles without diacritics)
+ wade_giles | HSU WEN-CHIEH | Xu Wenjie
+ trad_simp | 许文杰 | 許文傑
+ title | 許文傑先生 | Hsu Wen-chieh
- neg_similar_name | 許文潔 | 許文傑   # homophone, different characters
- neg_given_name | Hsu Wen-hsiung | 許文傑   # 許文雄
- neg_birth_year | Hsu Wen-chieh | 許文傑
- neg_similar_name | 徐文傑 | 許文傑   # 徐 and 許 are different surnames, both Xu/Hsu
- neg_given_name | Hsu Wen-ping | 許文傑

@ tw-xiechunyan han Person female 1980-08-08 TW
+ transliteration | 謝春燕 | Xie Chunyan
+ wade_giles | Hsieh Chun-yen | 謝春燕
+ trad_simp | 谢春燕 | 謝春燕
+ name_order | Chun-yen Hsieh | 謝春燕
+ typo | Hsieh Chun-yan | 謝春燕
- neg_similar_name | 謝春豔 | 謝春燕   # homophone, different characters
- neg_birth_year | 謝春燕 | Hsieh Chun-yen
- neg_given_name | 謝春梅 | 謝春燕
- neg_similar_name | Hsieh Chun-ying | 謝春燕

@ cn-guopengfei han Person male 1992-02-29 CN
+ transliteration | 郭鹏飞 | Guo Pengfei
+ trad_simp | 郭鵬飛 | 郭鹏飞
+ wade_giles | Kuo P'eng-fei | 郭鹏飞
+ pinyin_format | GUO Peng-Fei | 郭鵬飛
+ typo | Guo Pengfie | Guo Pengfei
- neg_similar_name | 郭鹏翔 | Guo Pengfei   # Pengxiang ≠ Pengfei
- neg_given_name | 郭剑飞 | 郭鹏飞
- neg_birth_year | Guo Pengfei | 郭鹏飞
- neg_similar_name | 郭鹏辉 | 郭鹏飞   # Penghui ≠ Pengfei

@ cn-hejunjie han Person male 1989-09-09 HK
+ transliteration | 何俊杰 | He Junjie
+ trad_simp | 何俊傑 | 何俊杰
+ spelling_variant | HO Chun Kit | 何俊傑   # Hong Kong (Cantonese) romanisation
+ wade_giles | Ho Chün-chieh | 何俊杰
+ name_order | Junjie He | 何俊杰
- neg_similar_name | 何俊峰 | 何俊杰   # Junfeng ≠ Junjie
- neg_birth_year | He Junjie | 何俊杰
- neg_similar_name | 贺俊杰 | 何俊杰   # 贺 and 何 are different surnames, both He
- neg_given_name | Ho Chun Wai | 何俊傑   # 何俊偉

@ tw-linmeiling han Person female 1976-12-24 TW
+ transliteration | 林美玲 | Lin Meiling
+ wade_giles | Lin Mei-ling | 林美玲
+ pinyin_format | LIN MEI LING | 林美玲
+ title | 林美玲女士 | Lin Mei-ling   # 女士 = Ms
- neg_similar_name | 林美齡 | 林美玲   # homophone, different characters
- neg_birth_year | 林美玲 | Lin Meiling
- neg_similar_name | 林美玉 | 林美玲   # Meiyu ≠ Meiling
- neg_similar_name | 凌美玲 | 林美玲   # Ling ≠ Lin

@ cn-luozhigang han Person male 1974-04-17 CN
+ transliteration | 罗志刚 | Luo Zhigang
+ trad_simp | 羅志剛 | Luo Zhigang
+ wade_giles | Lo Chih-kang | 罗志刚
+ title | 罗志刚少将 | Luo Zhigang   # 少将 = major general
+ initials | Z. G. Luo | 罗志刚
- neg_similar_name | 罗志钢 | 罗志刚   # homophone, different characters
- neg_similar_name | Luo Zhiguang | 罗志刚
- neg_birth_year | 罗志刚 | Luo Zhigang
- neg_given_name | 罗志勇 | Luo Zhigang
- neg_similar_name | 骆志刚 | 罗志刚   # 骆 and 罗 are different surnames, both Luo

# ============================== arabic_urdu ==============================
@ pk-irfan arabic_urdu Person male 1979-02-15 PK
+ transliteration | محمد عرفان چوہدری | Muhammad Irfan Chaudhry
+ spelling_variant | Mohammad Irfan Choudhry | محمد عرفان چوہدری
+ spelling_variant | Mohd Irfan Chaudhary | Muhammad Irfan Chaudhry
+ initials | M. Irfan Chaudhry | محمد عرفان چوہدری
+ name_order | CHAUDHRY, Muhammad Irfan | محمد عرفان چوہدری
+ title | Haji Muhammad Irfan Chaudhry | محمد عرفان چوہدری   # Haji honorific
+ title | حاجی محمد عرفان چوہدری | Mohammad Irfan Chaudhry
+ typo | Muhammad Irafn Chaudhry | Muhammad Irfan Chaudhry
- neg_similar_name | Muhammad Imran Chaudhry | محمد عرفان چوہدری   # Imran ≠ Irfan
- neg_similar_name | محمد عمران چوہدری | Muhammad Irfan Chaudhry
- neg_given_name | Muhammad Asif Chaudhry | محمد عرفان چوہدری
- neg_birth_year | Muhammad Irfan Chaudhry | محمد عرفان چوہدری
- neg_patronymic | Muhammad Irfan Chaudhry s/o Nazir Ahmed | Muhammad Irfan Chaudhry s/o Bashir Ahmed
- neg_similar_name | Muhammad Irshad Chaudhry | محمد عرفان چوہدری   # Irshad ≠ Irfan

@ pk-qureshi arabic_urdu Person male 1983-06-01 PK
+ transliteration | عبدالرحمن قریشی | Abdul Rehman Qureshi
+ spelling_variant | Abdur Rahman Qureshi | Abdul Rehman Qureshi
+ spelling_variant | Abdul Rahman Kureshi | عبدالرحمن قریشی
+ spelling_variant | Abd-ur-Rehman Qureshi | عبدالرحمن قریشی
+ title | Maulana Abdul Rehman Qureshi | عبدالرحمن قریشی
+ title | مولانا عبدالرحمن قریشی | Abdur Rahman Qureshi
- neg_given_name | Abdul Rauf Qureshi | عبدالرحمن قریشی
- neg_similar_name | عبدالرحیم قریشی | Abdul Rehman Qureshi   # Abdul Rahim ≠ Abdul Rahman
- neg_birth_year | Abdul Rehman Qureshi | عبدالرحمن قریشی
- neg_given_name | Abdul Rasheed Qureshi | عبدالرحمن قریشی
- neg_patronymic | Abdul Rehman Qureshi s/o Ghulam Nabi | Abdul Rehman Qureshi s/o Ghulam Rasool

@ pk-alihussain arabic_urdu Person male 1971-03-30 PK
+ transliteration | سید علی حسین شاہ | Syed Ali Hussain Shah
+ spelling_variant | Sayed Ali Husain Shah | Syed Ali Hussain Shah
+ spelling_variant | Syed Ali Hussein Shah | سید علی حسین شاہ
+ title | Ali Hussain Shah | سید علی حسین شاہ   # Syed (lineage honorific) absent
+ name_order | SHAH, Syed Ali Hussain | Syed Ali Husain Shah
- neg_similar_name | Syed Ali Hassan Shah | سید علی حسین شاہ   # Hassan ≠ Hussain
- neg_given_name | Syed Mehdi Hussain Shah | Syed Ali Hussain Shah
- neg_birth_year | Syed Ali Hussain Shah | سید علی حسین شاہ
- neg_similar_name | Syed Ali Hussain Naqvi | سید علی حسین شاہ   # Naqvi ≠ Shah
- neg_given_name | سید علی رضا شاہ | Syed Ali Hussain Shah   # Ali Raza

@ pk-sanaullah arabic_urdu Person male 1985-08-14 PK
+ transliteration | ثناء اللہ خان | Sanaullah Khan
+ spelling_variant | Sana Ullah Khan | Sanaullah Khan
+ spelling_variant | Sana Ullah Khan | ثناء اللہ خان
+ title | Mufti Sanaullah Khan | ثناء اللہ خان
+ name_order | KHAN Sanaullah | Sana Ullah Khan
+ typo | Sanaulah Khan | Sanaullah Khan
+ extra_name_part | Sanaullah Khan s/o Gul Khan | Sanaullah Khan   # "s/o" = son of, on Pakistani records
- neg_similar_name | Zia Ullah Khan | ثناء اللہ خان
- neg_given_name | Rahmatullah Khan | ثناء اللہ خان
- neg_patronymic | Sanaullah Khan s/o Gul Khan | Sanaullah Khan s/o Sher Khan
- neg_birth_year | Sanaullah Khan | ثناء اللہ خان
- neg_similar_name | Sanaullah Khattak | Sanaullah Khan   # Khattak ≠ Khan

@ pk-nasreen arabic_urdu Person female 1988-01-07 PK
+ transliteration | نسرین اختر | Nasreen Akhtar
+ spelling_variant | Nasrin Akhter | نسرین اختر
+ title | محترمہ نسرین اختر | Nasreen Akhtar   # Mohtarma (Ms)
+ name_order | AKHTAR, Nasreen | Nasrin Akhtar
- neg_gender_conflict | N. Akhtar | ن. اختر | g1=male g2=female
- neg_similar_name | Nazneen Akhtar | نسرین اختر   # Nazneen ≠ Nasreen
- neg_birth_year | Nasreen Akhtar | نسرین اختر
- neg_given_name | Parveen Akhtar | نسرین اختر
- neg_similar_name | Nasreen Anwar | نسرین اختر   # Anwar ≠ Akhtar

@ pk-umarfarooq arabic_urdu Person male 1990-12-19 PK
+ transliteration | عمر فاروق بٹ | Umar Farooq Butt
+ spelling_variant | Omar Farooq Butt | Umar Farooq Butt
+ spelling_variant | Umer Faruq Butt | عمر فاروق بٹ
+ typo | Umra Farooq Butt | عمر فاروق بٹ
+ extra_name_part | Umar Farooq Butt s/o Tariq Butt | عمر فاروق بٹ
- neg_patronymic | Umar Farooq Butt s/o Tariq Butt | Umar Farooq Butt s/o Khalid Butt
- neg_given_name | Umar Rafiq Butt | Umar Farooq Butt
- neg_birth_year | Umar Farooq Butt | عمر فاروق بٹ
- neg_similar_name | Umar Farooq Bhatti | عمر فاروق بٹ   # Bhatti ≠ Butt
- neg_given_name | Usman Farooq Butt | Umar Farooq Butt

@ pk-khurram arabic_urdu Person male 1987-04-23 PK
+ transliteration | خرم شہزاد | Khurram Shahzad
+ spelling_variant | Khurrum Shehzad | Khurram Shahzad
+ spelling_variant | Khuram Shahzad | خرم شہزاد
+ title | Major Khurram Shahzad | خرم شہزاد
+ title | میجر خرم شہزاد | Khurram Shehzad
- neg_similar_name | Khurram Shahbaz | خرم شہزاد   # Shahbaz ≠ Shahzad
- neg_birth_year | Khurram Shahzad | خرم شہزاد
- neg_given_name | Kamran Shahzad | خرم شہزاد
- neg_similar_name | خرم شہباز | Khurram Shahzad   # Shahbaz ≠ Shahzad

@ pk-zulfiqar arabic_urdu Person male 1975-09-09 PK
+ transliteration | ذوالفقار علی شیخ | Zulfiqar Ali Sheikh
+ spelling_variant | Zulfikar Ali Shaikh | Zulfiqar Ali Sheikh
+ spelling_variant | Zulfiqar Aly Shaykh | ذوالفقار علی شیخ
+ initials | Z. A. Sheikh | ذوالفقار علی شیخ
- neg_given_name | Zulfiqar Ahmed Sheikh | ذوالفقار علی شیخ
- neg_birth_year | Zulfiqar Ali Sheikh | ذوالفقار علی شیخ
- neg_similar_name | Zulfiqar Ali Shah | ذوالفقار علی شیخ   # Shah ≠ Sheikh
- neg_given_name | Iftikhar Ali Sheikh | Zulfiqar Ali Sheikh

@ pk-tariqmehmood arabic_urdu Person male 1968-11-02 PK
+ transliteration | طارق محمود ملک | Tariq Mehmood Malik
+ spelling_variant | Tariq Mahmood Malik | Tariq Mehmood Malik
+ spelling_variant | Tarik Mahmud Malik | طارق محمود ملک
+ title | کرنل (ر) طارق محمود ملک | Tariq Mehmood Malik   # Colonel (retired), in Urdu
+ title | Col. (Retd) Tariq Mahmood Malik | طارق محمود ملک
+ name_order | MALIK, Tariq Mehmood | طارق محمود ملک
- neg_similar_name | Tariq Masood Malik | طارق محمود ملک   # Masood ≠ Mehmood
- neg_birth_year | Tariq Mehmood Malik | طارق محمود ملک
- neg_given_name | Khalid Mehmood Malik | طارق محمود ملک
- neg_similar_name | Tariq Mehmood Mirza | طارق محمود ملک   # Mirza ≠ Malik

@ pk-imranali arabic_urdu Person male 1993-05-11 PK
+ extra_name_part | Imran Ali s/o Liaqat Ali | عمران علی
+ transliteration | عمران علی ولد لیاقت علی | Imran Ali s/o Liaqat Ali   # ولد (walad) = son of
+ spelling_variant | Imran Aly son of Liaquat Ali | Imran Ali s/o Liaqat Ali
- neg_patronymic | Imran Ali s/o Liaqat Ali | عمران علی ولد شوکت علی
- neg_similar_name | Irfan Ali | عمران علی   # Irfan ≠ Imran
- neg_birth_year | Imran Ali | عمران علی
- neg_patronymic | عمران علی ولد لیاقت حسین | Imran Ali s/o Liaqat Ali   # father Liaqat Hussain ≠ Liaqat Ali

@ sa-harbi arabic_urdu Person male 1980-10-20 SA
+ transliteration | أحمد بن خالد الحربي | Ahmad bin Khalid al-Harbi
+ spelling_variant | Ahmed Bin Khaled Al Harbi | Ahmad bin Khalid al-Harbi
+ spelling_variant | Ahmed Khalid Alharbi | أحمد بن خالد الحربي   # "bin" dropped, article joined
+ extra_name_part | Ahmad al-Harbi | أحمد بن خالد الحربي
+ title | الشيخ أحمد بن خالد الحربي | Ahmed Bin Khaled Al-Harbi   # al-Shaykh
+ title | Dr. Ahmad Khalid al-Harbi | أحمد بن خالد الحربي
- neg_patronymic | Ahmad bin Hamid al-Harbi | أحمد بن خالد الحربي
- neg_given_name | Mohammed bin Khalid al-Harbi | أحمد بن خالد الحربي
- neg_birth_year | Ahmed Al-Harbi | أحمد بن خالد الحربي
- neg_similar_name | Ahmad bin Khalid al-Harithi | أحمد بن خالد الحربي   # al-Harithi ≠ al-Harbi

@ sa-shammari arabic_urdu Person female 1992-03-16 SA
+ transliteration | مريم عبد العزيز الشمري | Maryam Abdulaziz al-Shammari
+ spelling_variant | Mariam Abdul Aziz Alshammari | Maryam Abdulaziz Al-Shammari
+ spelling_variant | Maryam Abd al-Aziz ash-Shammari | مريم عبد العزيز الشمري   # sun-letter assimilation
+ name_order | AL-SHAMMARI, Maryam | مريم الشمري
- neg_given_name | Fatima Abdulaziz Al-Shammari | مريم عبد العزيز الشمري
- neg_patronymic | Maryam Abdullah Al-Shammari | مريم عبد العزيز الشمري
- neg_birth_year | Maryam al-Shammari | مريم عبد العزيز الشمري
- neg_similar_name | Maryam Abdulaziz Al-Shamrani | مريم عبد العزيز الشمري   # al-Shamrani ≠ al-Shammari

@ iq-tamimi arabic_urdu Person male 1977-07-04 IQ
+ transliteration | إبراهيم محمود التميمي | Ibrahim Mahmoud al-Tamimi
+ spelling_variant | Ebrahim Mahmud Al Tamimi | Ibrahim Mahmoud al-Tamimi
+ spelling_variant | Ibraheem Mahmood Altamimi | إبراهيم محمود التميمي
+ title | العقيد إبراهيم محمود التميمي | Ibrahim Mahmoud al-Tamimi   # al-ʿaqīd = colonel
+ title | Major General Ibrahim Mahmoud Al-Tamimi | إبراهيم محمود التميمي
+ typo | Ibrahim Mahmoud al-Tamini | إبراهيم محمود التميمي
- neg_given_name | Ismail Mahmoud al-Tamimi | إبراهيم محمود التميمي
- neg_birth_year | Ibrahim al-Tamimi | إبراهيم محمود التميمي
- neg_patronymic | Ibrahim Muhammad al-Tamimi | إبراهيم محمود التميمي   # father Muhammad ≠ Mahmoud

@ jo-nasser arabic_urdu Person male 1984-02-02 JO
+ transliteration | جميل حسن الناصر | Jamil Hassan al-Nasser
+ spelling_variant | Jameel Hasan Al Nasir | جميل حسن الناصر
+ typo | Jamil Hassna al-Nasser | Jamil Hassan al-Nasser
- neg_gender_form | جميلة حسن الناصر | Jamil Hassan al-Nasser   # Jamila is the female form of Jamil
- neg_gender_form | Jamila Hassan al-Nasser | Jameel Hasan Al-Nasser
- neg_birth_year | Jamil al-Nasser | جميل حسن الناصر
- neg_patronymic | Jamil Hussein al-Nasser | جميل حسن الناصر   # father Hussein ≠ Hassan
- neg_similar_name | جميل حسن النصار | Jamil Hassan al-Nasser   # al-Nassar (نصار) ≠ al-Nasser (ناصر)

@ pk-baloch arabic_urdu Person male 1981-09-27 PK
+ transliteration | کریم بخش بلوچ | Karim Bakhsh Baloch
+ spelling_variant | Kareem Bux Baloch | Karim Bakhsh Baloch
+ spelling_variant | Karim Buksh Balouch | کریم بخش بلوچ
- neg_similar_name | Rahim Bakhsh Baloch | کریم بخش بلوچ   # Rahim ≠ Karim
- neg_birth_year | Karim Bakhsh Baloch | کریم بخش بلوچ
- neg_given_name | Karim Dad Baloch | کریم بخش بلوچ

@ pk-ansari arabic_urdu Person male 1986-06-30 PK
+ transliteration | محمد امین انصاری | Muhammad Amin Ansari
+ spelling_variant | Mohammed Ameen Ansari | Muhammad Amin Ansari
+ title | ڈاکٹر محمد امین انصاری | Mohammad Amin Ansari   # ڈاکٹر = Dr.
+ initials | M. A. Ansari | محمد امین انصاری
- neg_gender_form | امینہ انصاری | Muhammad Amin Ansari   # Amina is the female form of Amin
- neg_birth_year | Muhammad Amin Ansari | محمد امین انصاری
- neg_gender_form | Amina Ansari | Muhammad Amin Ansari
- neg_similar_name | Muhammad Amir Ansari | محمد امین انصاری   # Amir ≠ Amin

@ pk-shamim arabic_urdu Person female 1970-12-01 PK
+ transliteration | شمیم اختر | Shamim Akhtar
+ spelling_variant | Shameem Akhter | شمیم اختر
- neg_gender_conflict | Shamim Akhtar | شمیم اختر | g1=male g2=female   # Shamim is given to men and women
- neg_gender_conflict | Shameem Akhtar | Shamim Akhtar
- neg_birth_year | Shamim Akhtar | شمیم اختر
- neg_given_name | Tasleem Akhtar | شمیم اختر

# ============================== devanagari ==============================
@ in-sharma devanagari Person male 1976-08-15 IN
+ transliteration | राजेश कुमार शर्मा | Rajesh Kumar Sharma
+ spelling_variant | Rajesh Kumar Sarma | राजेश कुमार शर्मा
+ extra_name_part | Rajesh Sharma | राजेश कुमार शर्मा
+ initials | R. K. Sharma | राजेश कुमार शर्मा
+ title | श्री राजेश कुमार शर्मा | Rajesh Kumar Sharma   # श्री = Shri
+ name_order | SHARMA, Rajesh Kumar | राजेश शर्मा
- neg_similar_name | Rakesh Kumar Sharma | राजेश कुमार शर्मा   # Rakesh ≠ Rajesh
- neg_similar_name | रमेश कुमार शर्मा | Rajesh Kumar Sharma   # Ramesh ≠ Rajesh
- neg_birth_year | Rajesh Kumar Sharma | राजेश कुमार शर्मा
- neg_given_name | Mukesh Sharma | राजेश शर्मा

@ in-sunitadevi devanagari Person female 1984-03-10 IN
+ transliteration | सुनीता देवी | Sunita Devi
+ spelling_variant | Suneeta Devi | सुनीता देवी
+ title | श्रीमती सुनीता देवी | Sunita Devi   # श्रीमती = Shrimati (Mrs)
+ title | Smt. Sunita Devi | सुनीता देवी
- neg_similar_name | Sumita Devi | सुनीता देवी   # Sumita ≠ Sunita
- neg_given_name | Anita Devi | सुनीता देवी
- neg_birth_year | Sunita Devi | सुनीता देवी

@ in-srivastava devanagari Person male 1981-10-02 IN
+ transliteration | अमित श्रीवास्तव | Amit Srivastava
+ spelling_variant | Amit Shrivastava | अमित श्रीवास्तव
+ spelling_variant | Amit Srivastav | Amit Shrivastava
+ title | डॉ. अमित श्रीवास्तव | Amit Srivastava   # डॉ. = Dr.
+ typo | Amit Srivatsava | अमित श्रीवास्तव
- neg_similar_name | Amrit Srivastava | अमित श्रीवास्तव   # Amrit ≠ Amit
- neg_birth_year | Amit Srivastava | अमित श्रीवास्तव
- neg_given_name | Sumit Srivastava | अमित श्रीवास्तव
- neg_gender_form | अमिता श्रीवास्तव | Amit Srivastava   # Amita is the female form of Amit

@ in-rathore devanagari Person male 1979-01-26 IN
+ transliteration | प्रदीप सिंह राठौर | Pradeep Singh Rathore
+ spelling_variant | Pradip Singh Rathour | प्रदीप सिंह राठौर
+ extra_name_part | Pradeep Rathore | प्रदीप सिंह राठौर
+ title | कर्नल प्रदीप सिंह राठौर | Pradeep Singh Rathore   # कर्नल = colonel
+ name_order | RATHORE Pradeep Singh | प्रदीप सिंह राठौर
- neg_given_name | Sandeep Singh Rathore | प्रदीप सिंह राठौर
- neg_birth_year | Pradeep Singh Rathore | प्रदीप सिंह राठौर
- neg_given_name | Kuldeep Singh Rathore | प्रदीप सिंह राठौर

@ in-gupta devanagari Person female 1993-07-07 IN
+ transliteration | नेहा गुप्ता | Neha Gupta
+ title | सुश्री नेहा गुप्ता | Neha Gupta   # सुश्री = Ms
+ name_order | Gupta Neha | नेहा गुप्ता
+ typo | Neha Gutpa | नेहा गुप्ता
- neg_similar_name | Sneha Gupta | नेहा गुप्ता   # Sneha ≠ Neha
- neg_birth_year | Neha Gupta | नेहा गुप्ता
- neg_given_name | Nisha Gupta | नेहा गुप्ता

@ np-thapa devanagari Person male 1969-04-13 NP
+ transliteration | राम बहादुर थापा | Ram Bahadur Thapa
+ spelling_variant | Rambahadur Thapa | राम बहादुर थापा
+ initials | Ram Bdr. Thapa | Ram Bahadur Thapa   # "Bdr." as written in Nepal
+ initials | R. B. Thapa | राम बहादुर थापा
+ title | मेजर जनरल राम बहादुर थापा | Ram Bahadur Thapa   # major general
- neg_given_name | Shyam Bahadur Thapa | राम बहादुर थापा
- neg_birth_year | Ram Bahadur Thapa | राम बहादुर थापा
- neg_similar_name | Ram Prasad Thapa | राम बहादुर थापा

@ in-joshi devanagari Person male 1972-05-18 IN
+ transliteration | सुरेश चन्द्र जोशी | Suresh Chandra Joshi
+ spelling_variant | Suresh Chander Joshi | सुरेश चन्द्र जोशी
+ spelling_variant | Suresh Chandar Joshi | Suresh Chandra Joshi
+ initials | S. C. Joshi | सुरेश चन्द्र जोशी
+ title | पंडित सुरेश चन्द्र जोशी | Suresh Chandra Joshi   # पंडित = Pandit
- neg_similar_name | Naresh Chandra Joshi | सुरेश चन्द्र जोशी   # Naresh ≠ Suresh
- neg_birth_year | Suresh Chandra Joshi | सुरेश चन्द्र जोशी
- neg_similar_name | रमेश चन्द्र जोशी | Suresh Chandra Joshi   # Ramesh ≠ Suresh

@ in-yadav devanagari Person male 1985-11-25 IN
+ transliteration | निर्मल यादव | Nirmal Yadav
+ typo | Nirmal Yadva | निर्मल यादव
- neg_gender_form | निर्मला यादव | Nirmal Yadav   # Nirmala is the female form of Nirmal
- neg_gender_form | Nirmala Yadav | निर्मल यादव
- neg_birth_year | Nirmal Yadav | निर्मल यादव
- neg_given_name | Nikhil Yadav | निर्मल यादव

@ in-gill devanagari Person female 1989-02-14 IN
+ transliteration | हरप्रीत गिल | Harpreet Gill
+ spelling_variant | Harprit Gill | हरप्रीत गिल
- neg_gender_conflict | Harpreet Gill | हरप्रीत गिल | g1=male g2=female   # Harpreet is given to men and women
- neg_gender_conflict | हरप्रीत गिल | Harpreet Gill
- neg_birth_year | Harpreet Gill | हरप्रीत गिल
- neg_given_name | Manpreet Gill | हरप्रीत गिल

@ np-chaudhary devanagari Person male 1987-08-30 NP
+ transliteration | दीपक चौधरी | Deepak Chaudhary
+ spelling_variant | Dipak Choudhary | दीपक चौधरी
+ spelling_variant | Deepak Chaudhari | Dipak Chaudhary
+ title | श्री दीपक चौधरी जी | Deepak Chaudhary   # Shri … ji
- neg_gender_form | Deepika Chaudhary | दीपक चौधरी   # Deepika is the female counterpart of Deepak
- neg_given_name | Dinesh Chaudhary | दीपक चौधरी
- neg_birth_year | Deepak Chaudhary | दीपक चौधरी
- neg_gender_form | दीपिका चौधरी | Deepak Chaudhary
- neg_similar_name | Deepak Chauhan | दीपक चौधरी   # Chauhan ≠ Chaudhary

@ in-verma devanagari Person male 1974-12-05 IN
+ transliteration | अनिल कुमार वर्मा | Anil Kumar Verma
+ spelling_variant | Anil Kumar Varma | अनिल कुमार वर्मा
+ extra_name_part | Anil Verma | Anil Kumar Varma
+ name_order | VERMA, Anil Kumar | अनिल कुमार वर्मा
+ initials | A. K. Verma | अनिल कुमार वर्मा
- neg_similar_name | Sunil Kumar Verma | अनिल कुमार वर्मा   # Sunil ≠ Anil
- neg_birth_year | Anil Kumar Verma | अनिल कुमार वर्मा
- neg_given_name | अजय कुमार वर्मा | Anil Kumar Verma

@ in-mishra devanagari Person female 1991-09-14 IN
+ transliteration | पूजा मिश्रा | Pooja Mishra
+ spelling_variant | Puja Misra | पूजा मिश्रा
+ typo | Pooja Misrha | Puja Mishra
- neg_given_name | Priya Mishra | पूजा मिश्रा
- neg_birth_year | Pooja Mishra | पूजा मिश्रा
- neg_similar_name | Pooja Mehra | पूजा मिश्रा   # Mehra ≠ Mishra
- neg_given_name | पूनम मिश्रा | Pooja Mishra

@ in-dwivedi devanagari Person male 1978-03-03 IN
+ transliteration | संजीव द्विवेदी | Sanjeev Dwivedi
+ spelling_variant | Sanjiv Dvivedi | संजीव द्विवेदी
+ spelling_variant | Sanjeev Diwedi | Sanjiv Dwivedi
+ title | Dr. Sanjeev Dwivedi | संजीव द्विवेदी
- neg_similar_name | Sanjay Dwivedi | संजीव द्विवेदी   # Sanjay ≠ Sanjeev
- neg_birth_year | Sanjeev Dwivedi | संजीव द्विवेदी
- neg_similar_name | Sanjeev Trivedi | संजीव द्विवेदी   # Trivedi ≠ Dwivedi
- neg_given_name | Rajeev Dwivedi | संजीव द्विवेदी

# ============================== latin ==============================
@ tr-yildirim latin Person male 1980-06-18 TR
+ transliteration | Mehmet Ali Yıldırım | Mehmet Ali Yildirim   # Turkish dotless ı folded to i
+ spelling_variant | Mehmed Ali Yildirim | Mehmet Ali Yıldırım
+ name_order | YILDIRIM, Mehmet Ali | Mehmet Ali Yıldırım
+ extra_name_part | Mehmet Yıldırım | Mehmet Ali Yıldırım
+ title | Albay Mehmet Ali Yıldırım | Mehmet Ali Yildirim   # Albay = colonel
+ typo | Mehmet Ali Yildrim | Mehmet Ali Yıldırım
- neg_similar_name | Mehmet Ali Yıldız | Mehmet Ali Yıldırım   # Yıldız ≠ Yıldırım
- neg_given_name | Mustafa Yıldırım | Mehmet Ali Yıldırım
- neg_birth_year | Mehmet Ali Yildirim | Mehmet Ali Yıldırım
- neg_given_name | Mehmet Emin Yıldırım | Mehmet Ali Yıldırım

@ tr-karaaslan latin Person female 1986-09-02 TR
+ transliteration | Ayşegül Karaaslan | Aysegul Karaaslan
+ spelling_variant | Ayse Gul Karaaslan | Ayşegül Karaaslan
+ typo | Aysegul Karaslan | Ayşegül Karaaslan
- neg_similar_name | Ayşe Karaaslan | Ayşegül Karaaslan   # Ayşe and Ayşegül are distinct names
- neg_birth_year | Aysegul Karaaslan | Ayşegül Karaaslan
- neg_given_name | Ayten Karaaslan | Ayşegül Karaaslan

@ tr-ozturk latin Person male 1973-03-21 TR
+ transliteration | Hasan Öztürk | Hasan Ozturk
+ title | Col. Hasan Öztürk | Hasan Ozturk
+ name_order | ÖZTÜRK Hasan | Hasan Öztürk
+ initials | H. Öztürk | Hasan Ozturk
- neg_similar_name | Hakan Öztürk | Hasan Öztürk   # Hakan ≠ Hasan
- neg_birth_year | Hasan Ozturk | Hasan Öztürk
- neg_given_name | Hüseyin Öztürk | Hasan Öztürk
- neg_similar_name | Hasan Öztürkmen | Hasan Öztürk

@ es-garciamoreno latin Person male 1972-01-11 ES
+ transliteration | José Luis García Moreno | Jose Luis Garcia Moreno
+ extra_name_part | José Luis García | Jose Luis Garcia Moreno   # second (maternal) surname absent
+ name_order | GARCIA MORENO, Jose Luis | José Luis García Moreno
+ initials | J. L. García Moreno | José Luis García Moreno
+ title | Coronel José Luis García Moreno | Jose Luis Garcia   # Coronel = colonel
- neg_given_name | Juan Luis García Moreno | José Luis García Moreno
- neg_birth_year | Jose Luis Garcia Moreno | José Luis García Moreno
- neg_similar_name | José Luis García Romero | José Luis García Moreno   # Romero ≠ Moreno

@ mx-lopezortega latin Person female 1990-05-27 MX
+ transliteration | María Fernanda López Ortega | Maria Fernanda Lopez Ortega
+ extra_name_part | Maria Fernanda Lopez | María Fernanda López Ortega
+ name_order | LÓPEZ ORTEGA, María Fernanda | Maria Fernanda Lopez Ortega
- neg_gender_form | Mario Fernando López Ortega | María Fernanda López Ortega
- neg_birth_year | Maria Fernanda Lopez Ortega | María Fernanda López Ortega
- neg_similar_name | María Fernanda López Ortiz | María Fernanda López Ortega   # Ortiz ≠ Ortega
- neg_given_name | María José López Ortega | María Fernanda López Ortega

@ vn-nguyen latin Person female 1987-10-10 VN
+ transliteration | Nguyễn Thị Thu Hương | Nguyen Thi Thu Huong
+ name_order | Thu Huong Nguyen | Nguyễn Thị Thu Hương   # Western order, Thị dropped
+ extra_name_part | Nguyen Thu Huong | Nguyễn Thị Thu Hương
- neg_similar_name | Nguyễn Thị Thu Hà | Nguyen Thi Thu Huong
- neg_birth_year | Nguyen Thi Thu Huong | Nguyễn Thị Thu Hương
- neg_given_name | Nguyễn Thị Lan Hương | Nguyễn Thị Thu Hương

@ vn-tran latin Person male 1982-12-22 VN
+ transliteration | Trần Văn Hùng | Tran Van Hung
+ name_order | Hung Van Tran | Trần Văn Hùng
+ title | Đại tá Trần Văn Hùng | Tran Van Hung   # Đại tá = colonel
- neg_similar_name | Trần Văn Hưng | Trần Văn Hùng   # Hưng and Hùng are distinct names
- neg_birth_year | Tran Van Hung | Trần Văn Hùng
- neg_given_name | Trần Văn Hải | Tran Van Hung

@ pl-wroblewski latin Person male 1979-08-08 PL
+ transliteration | Paweł Wróblewski | Pawel Wroblewski
+ name_order | WRÓBLEWSKI Paweł | Pawel Wroblewski
+ initials | P. Wróblewski | Paweł Wróblewski
- neg_gender_form | P. Wróblewska | P. Wróblewski
- neg_given_name | Piotr Wróblewski | Paweł Wróblewski
- neg_birth_year | Pawel Wroblewski | Paweł Wróblewski
- neg_similar_name | Paweł Wróbel | Paweł Wróblewski   # Wróbel ≠ Wróblewski

@ cz-dvoracek latin Person male 1983-02-05 CZ
+ transliteration | Tomáš Dvořáček | Tomas Dvoracek
+ typo | Tomas Dvoracke | Tomáš Dvořáček
- neg_gender_form | T. Dvořáčková | T. Dvořáček
- neg_birth_year | Tomas Dvoracek | Tomáš Dvořáček
- neg_similar_name | Tomáš Dvořák | Tomáš Dvořáček   # Dvořák ≠ Dvořáček

@ de-muellerschaefer latin Person male 1969-07-14 DE
+ transliteration | Jürgen Müller-Schäfer | Juergen Mueller-Schaefer   # German ü→ue
+ transliteration | Jurgen Muller Schafer | Jürgen Müller-Schäfer
+ title | Dr. Jürgen Müller-Schäfer | Juergen Mueller-Schaefer
+ name_order | MÜLLER-SCHÄFER, Jürgen | Jürgen Müller-Schäfer
- neg_similar_name | Jürgen Müller-Schröder | Jürgen Müller-Schäfer
- neg_birth_year | Juergen Mueller-Schaefer | Jürgen Müller-Schäfer
- neg_given_name | Jörg Müller-Schäfer | Jürgen Müller-Schäfer

@ fr-lefevre latin Person male 1977-11-05 FR
+ transliteration | François Lefèvre | Francois Lefevre
+ typo | Fracnois Lefevre | François Lefèvre
+ initials | F. Lefèvre | François Lefèvre
- neg_given_name | Frédéric Lefèvre | François Lefèvre
- neg_gender_conflict | Dominique Lefèvre | Dominique Lefevre   # Dominique is given to men and women
- neg_birth_year | Francois Lefevre | François Lefèvre
- neg_gender_form | Françoise Lefèvre | François Lefèvre

@ az-mammadov latin Person male 1975-04-29 AZ
+ transliteration | Elçin Məmmədov | Elchin Mammadov   # Azerbaijani Latin ↔ English spelling
+ spelling_variant | Elchin Mamedov | Elçin Məmmədov   # Russian-form surname
+ transliteration | Elcin Memmedov | Elchin Mammadov
- neg_given_name | Elnur Məmmədov | Elçin Məmmədov
- neg_gender_form | E. Məmmədova | E. Məmmədov
- neg_birth_year | Elchin Mammadov | Elçin Məmmədov
- neg_similar_name | Elçin Məhərrəmov | Elçin Məmmədov   # Məhərrəmov ≠ Məmmədov

@ ro-dumitrescu latin Person male 1971-10-30 RO
+ transliteration | Ștefan Dumitrescu | Stefan Dumitrescu
+ spelling_variant | Ştefan Dumitrescu | Ștefan Dumitrescu   # cedilla ş vs comma-below ș
+ title | General Ștefan Dumitrescu | Stefan Dumitrescu
- neg_similar_name | Ștefan Dumitriu | Ștefan Dumitrescu
- neg_birth_year | Stefan Dumitrescu | Ștefan Dumitrescu
- neg_gender_form | Ștefania Dumitrescu | Ștefan Dumitrescu

@ hu-kovacs latin Person male 1984-06-06 HU
+ name_order | Kovács Péter | Péter Kovács   # Hungarian: family name first
+ transliteration | Péter Kovács | Peter Kovacs
- neg_given_name | Kovács Pál | Péter Kovács
- neg_birth_year | Peter Kovacs | Kovács Péter
- neg_similar_name | Péter Kocsis | Péter Kovács

@ it-rossetti latin Person male 1988-01-19 IT
+ typo | Andrea Rosetti | Andrea Rossetti
+ title | Colonnello Andrea Rossetti | Andrea Rossetti   # Colonnello = colonel
- neg_gender_conflict | Andrea Rossetti | Andrea Rossetti   # Andrea: male in Italy, female elsewhere
- neg_birth_year | Andrea Rossetti | Andrea Rossetti
- neg_similar_name | Andrea Rossetto | Andrea Rossetti   # Rossetto ≠ Rossetti

# ============================== other_script ==============================
@ gr-karagiannis other_script Person male 1968-09-14 GR
+ transliteration | Δημήτριος Καραγιάννης | Dimitrios Karagiannis   # ELOT 743 (Greek passport)
+ spelling_variant | Dimitris Karayannis | Δημήτριος Καραγιάννης   # everyday short form, press γι→y
+ spelling_variant | Demetrios Karagiannis | Dimitrios Karagiannis
+ title | Δρ. Δημήτριος Καραγιάννης | Dimitrios Karagiannis   # Δρ. = Dr.
+ extra_name_part | Δημήτριος Γεωργίου Καραγιάννης | Dimitrios Karagiannis   # father's name (genitive) as on Greek IDs
+ name_order | KARAGIANNIS Dimitrios | Δημήτριος Καραγιάννης
- neg_gender_form | Δήμητρα Καραγιάννη | Dimitrios Karagiannis   # Dimitra Karagianni: female forms
- neg_given_name | Konstantinos Karagiannis | Δημήτριος Καραγιάννης
- neg_birth_year | Dimitrios Karagiannis | Δημήτριος Καραγιάννης
- neg_similar_name | Δημήτριος Καραγιαννόπουλος | Dimitrios Karagiannis   # Karagiannopoulos ≠ Karagiannis

@ gr-stavropoulou other_script Person female 1980-02-20 GR
+ transliteration | Ελένη Σταυροπούλου | Eleni Stavropoulou
+ spelling_variant | Helen Stavropoulou | Ελένη Σταυροπούλου   # anglicised given name
+ typo | Eleni Stavropolou | Ελένη Σταυροπούλου
+ initials | E. Stavropoulou | Ελένη Σταυροπούλου
+ extra_name_part | Eleni Georgiou Stavropoulou | Ελένη Σταυροπούλου   # father's name as on Greek IDs
- neg_gender_form | Σταυρόπουλος Ε. | Stavropoulou E.
- neg_given_name | Irini Stavropoulou | Ελένη Σταυροπούλου
- neg_birth_year | Eleni Stavropoulou | Ελένη Σταυροπούλου
- neg_similar_name | Eleni Stavrou | Ελένη Σταυροπούλου

@ gr-papadakis other_script Person male 1975-05-05 GR
+ transliteration | Νικόλαος Παπαδάκης | Nikolaos Papadakis
+ spelling_variant | Nikos Papadakis | Νικόλαος Παπαδάκης   # everyday short form
+ title | Συνταγματάρχης Νικόλαος Παπαδάκης | Nikolaos Papadakis   # colonel
+ extra_name_part | Νικόλαος Ιωάννου Παπαδάκης | Nikos Papadakis   # father's name (genitive) as on Greek IDs
- neg_gender_form | Νικολέτα Παπαδάκη | Nikolaos Papadakis
- neg_gender_form | Papadaki N. | Παπαδάκης Ν.
- neg_birth_year | Nikolaos Papadakis | Νικόλαος Παπαδάκης
- neg_given_name | Νικηφόρος Παπαδάκης | Nikolaos Papadakis   # Nikiforos ≠ Nikolaos
- neg_similar_name | Nikolaos Papadatos | Νικόλαος Παπαδάκης

@ il-bendavid other_script Person male 1971-11-11 IL
+ transliteration | יצחק בן דוד | Yitzhak Ben David
+ spelling_variant | Itzhak Ben-David | יצחק בן דוד
+ spelling_variant | Yitzchak Bendavid | Yitzhak Ben David
+ title | הרב יצחק בן דוד | Yitzhak Ben-David   # HaRav = Rabbi
+ name_order | BEN DAVID, Yitzhak | יצחק בן-דוד
- neg_given_name | Yaakov Ben David | יצחק בן דוד
- neg_birth_year | Yitzhak Ben David | יצחק בן דוד
- neg_similar_name | Yitzhak Ben Dov | יצחק בן דוד   # Ben Dov ≠ Ben David

@ il-mizrahi other_script Person male 1983-07-22 IL
+ transliteration | אברהם מזרחי | Avraham Mizrahi
+ spelling_variant | Abraham Mizrachi | אברהם מזרחי
+ typo | Avrahm Mizrahi | Avraham Mizrahi
+ title | ד"ר אברהם מזרחי | Avraham Mizrahi   # ד"ר = Dr.
- neg_given_name | Ephraim Mizrahi | אברהם מזרחי
- neg_birth_year | Avraham Mizrahi | אברהם מזרחי

@ il-stern other_script Person female 1986-04-09 IL
+ transliteration | מיכל שטרן | Michal Stern
+ spelling_variant | Mikhal Shtern | מיכל שטרן
- neg_gender_conflict | Michal Stern | מיכל שטרן | g1=male g2=female   # Michal: female in Hebrew, male in Czech/Slovak
- neg_gender_form | מיכאל שטרן | Michal Stern   # Michael
- neg_birth_year | Michal Stern | מיכל שטרן
- neg_given_name | מירב שטרן | Michal Stern   # Merav

@ kr-kimminjun other_script Person male 1985-03-15 KR
+ transliteration | 김민준 | Kim Min-jun
+ spelling_variant | Gim Minjun | 김민준   # strict Revised Romanization
+ spelling_variant | Kim Min Joon | Kim Min-jun
+ name_order | Minjun Kim | 김민준
+ title | 김민준 씨 | Kim Min-jun   # 씨 = Mr
+ title | 김민준 대령 | Kim Minjun   # 대령 = colonel
- neg_similar_name | 김민수 | Kim Min-jun   # Min-su ≠ Min-jun
- neg_similar_name | 김민중 | 김민준   # Min-jung ≠ Min-jun
- neg_birth_year | Kim Min-jun | 김민준
- neg_given_name | 김준호 | Kim Min-jun   # Jun-ho
- neg_similar_name | 김민재 | Kim Minjun   # Min-jae

@ kr-leeseoyeon other_script Person female 1990-10-09 KR
+ transliteration | 이서연 | Lee Seo-yeon
+ spelling_variant | Yi Seoyeon | 이서연
+ spelling_variant | Rhee Seo Yeon | Lee Seo-yeon
+ name_order | Seoyeon Lee | 이서연
- neg_given_name | 이서준 | Lee Seo-yeon   # Seo-jun ≠ Seo-yeon
- neg_birth_year | Lee Seo-yeon | 이서연
- neg_similar_name | 이서영 | 이서연   # Seo-young ≠ Seo-yeon

@ kr-leejiwon other_script Person female 1993-06-25 KR
+ transliteration | 이지원 | Lee Ji-won
- neg_gender_conflict | 이지원 | Lee Jiwon | g1=male g2=female   # Ji-won is given to men and women
- neg_gender_conflict | Lee Ji-won | 이지원
- neg_birth_year | Lee Ji-won | 이지원
- neg_similar_name | 이지훈 | Lee Ji-won   # Ji-hoon ≠ Ji-won

@ kr-parkjihoon other_script Person male 1979-12-31 KR
+ transliteration | 박지훈 | Park Ji-hoon
+ spelling_variant | Bak Jihun | 박지훈   # strict Revised Romanization
+ spelling_variant | Pak Chi-hun | Park Ji-hoon   # McCune-Reischauer
+ initials | J. H. Park | 박지훈
+ title | 박지훈 박사 | Park Jihoon   # 박사 = Dr.
+ typo | Park Ji-hon | 박지훈
- neg_similar_name | 박지헌 | Park Ji-hoon   # Ji-heon ≠ Ji-hoon
- neg_birth_year | Park Ji-hoon | 박지훈
- neg_given_name | 박지호 | Park Ji-hoon   # Ji-ho

@ ge-beridze other_script Person male 1981-01-18 GE
+ transliteration | გიორგი ბერიძე | Giorgi Beridze
+ spelling_variant | Georgy Beridze | გიორგი ბერიძე   # Russian-form given name
+ spelling_variant | Георгий Беридзе | Giorgi Beridze   # Russian Cyrillic
+ typo | Giorgi Berdize | გიორგი ბერიძე
- neg_similar_name | Giorgi Beradze | გიორგი ბერიძე   # Beradze ≠ Beridze
- neg_birth_year | Giorgi Beridze | გიორგი ბერიძე
- neg_given_name | გელა ბერიძე | Giorgi Beridze   # Gela

@ ge-kapanadze other_script Person female 1988-08-26 GE
+ transliteration | ნინო კაპანაძე | Nino Kapanadze
+ name_order | KAPANADZE, Nino | ნინო კაპანაძე
- neg_given_name | Nana Kapanadze | ნინო კაპანაძე
- neg_birth_year | Nino Kapanadze | ნინო კაპანაძე

@ ge-lomidze other_script Person male 1976-03-05 GE
+ transliteration | დავით ლომიძე | Davit Lomidze
+ spelling_variant | David Lomidze | დავით ლომიძე
+ title | პოლკოვნიკი დავით ლომიძე | Davit Lomidze   # polkovniki = colonel
+ initials | D. Lomidze | დავით ლომიძე
- neg_birth_year | Davit Lomidze | დავით ლომიძე
- neg_similar_name | Davit Lominadze | დავით ლომიძე   # Lominadze ≠ Lomidze
- neg_given_name | Levan Lomidze | დავით ლომიძე

@ th-jaidee other_script Person male 1977-07-12 TH
+ transliteration | สมชาย ใจดี | Somchai Jaidee
+ spelling_variant | Somchai Chaidi | สมชาย ใจดี   # RTGS
+ title | นายสมชาย ใจดี | Somchai Jaidee   # นาย = Mr, written joined
+ title | พันเอก สมชาย ใจดี | Somchai Jaidee   # พันเอก = colonel
+ name_order | JAIDEE Somchai | สมชาย ใจดี
- neg_similar_name | สมชัย ใจดี | สมชาย ใจดี   # สมชัย ≠ สมชาย, both romanised Somchai
- neg_given_name | Somsak Jaidee | สมชาย ใจดี
- neg_birth_year | Somchai Jaidee | สมชาย ใจดี

@ th-thongdee other_script Person female 1984-05-19 TH
+ transliteration | สุดารัตน์ ทองดี | Sudarat Thongdee
+ spelling_variant | Sudarat Thongdi | สุดารัตน์ ทองดี   # RTGS
+ title | นางสาวสุดารัตน์ ทองดี | Sudarat Thongdee   # นางสาว = Miss
+ typo | Sudarart Thongdee | สุดารัตน์ ทองดี
- neg_similar_name | Suda Thongdee | สุดารัตน์ ทองดี   # Suda ≠ Sudarat
- neg_birth_year | Sudarat Thongdee | สุดารัตน์ ทองดี
- neg_given_name | Supaporn Thongdee | สุดารัตน์ ทองดี

@ jp-yamamoto other_script Person male 1974-09-03 JP
+ transliteration | ヤマモト タケシ | Yamamoto Takeshi
+ name_order | Takeshi Yamamoto | ヤマモト タケシ
+ spelling_variant | Yamamoto Takesi | ヤマモト タケシ   # Kunrei-shiki
- neg_given_name | ヤマモト タカシ | Yamamoto Takeshi   # Takashi ≠ Takeshi
- neg_birth_year | Yamamoto Takeshi | ヤマモト タケシ
- neg_similar_name | ヤマモト タケオ | Yamamoto Takeshi   # Takeo ≠ Takeshi
- neg_similar_name | Yamaguchi Takeshi | ヤマモト タケシ   # Yamaguchi ≠ Yamamoto

@ jp-sato other_script Person female 1989-11-27 JP
+ transliteration | サトウ ユキ | Sato Yuki
+ spelling_variant | Satoh Yuki | サトウ ユキ   # passport "oh" for the long o
+ spelling_variant | Satō Yuki | Sato Yuki   # Hepburn macron
+ name_order | Yuki SATO | サトウ ユキ
- neg_gender_conflict | サトウ ユキ | Sato Yuki   # Yuki is given to men and women
- neg_similar_name | サトウ ユカ | Sato Yuki   # Yuka ≠ Yuki
- neg_birth_year | Sato Yuki | サトウ ユキ
- neg_similar_name | Saito Yuki | サトウ ユキ   # Saitō ≠ Satō

@ jp-morozov other_script Person male 1970-02-01 RU
+ transliteration | セルゲイ・モロゾフ | Sergei Morozov   # a Russian name in katakana
+ transliteration | セルゲイ・モロゾフ | Сергей Морозов
- neg_given_name | ボリス・モロゾフ | Sergei Morozov
- neg_birth_year | Sergei Morozov | セルゲイ・モロゾフ

# ============================== organisation ==============================
@ org-severny-veter organisation Company - - RU
+ legal_form | ООО «Северный ветер» | Severny Veter LLC
+ legal_form | Общество с ограниченной ответственностью «Северный ветер» | OOO Severnyi Veter
+ legal_form | OOO "Severnyy Veter" | ООО "Северный ветер"
+ translated_name | Northern Wind LLC | ООО «Северный ветер»
+ transliteration | Северный ветер | Severnyy Veter
+ typo | Severny Vetr LLC | ООО «Северный ветер»
- neg_similar_name | ООО «Северный свет» | ООО «Северный ветер»   # Northern Light ≠ Northern Wind
- neg_similar_name | Severny Veter Invest LLC | ООО «Северный ветер»   # another company
- neg_country | Severny Veter LLC | ООО «Северный ветер» | c1=BY   # a Belarusian namesake
- neg_similar_name | Yuzhny Veter LLC | ООО «Северный ветер»   # Southern ≠ Northern Wind
- neg_country | ООО «Северный ветер» | OOO Severny Veter | c1=KG

@ org-promtekhsnab organisation Company - - RU
+ legal_form | АО «Промтехснаб» | JSC Promtekhsnab
+ legal_form | Акционерное общество «Промтехснаб» | Promtekhsnab JSC
+ spelling_variant | Promtechsnab AO | АО «Промтехснаб»
+ legal_form | Joint Stock Company Promtekhsnab | АО "Промтехснаб"
+ typo | Promtekhsnabb JSC | АО «Промтехснаб»
- neg_similar_name | АО «Промтехсбыт» | АО «Промтехснаб»
- neg_similar_name | Promtekhsnab-Ural JSC | АО «Промтехснаб»   # a separate regional company
- neg_country | Promtekhsnab JSC | АО «Промтехснаб» | c1=KZ
- neg_similar_name | Promstroysnab JSC | АО «Промтехснаб»

@ org-vostok-invest organisation LegalEntity - - RU
+ legal_form | ПАО «Восток Инвест» | PJSC Vostok Invest   # ПАО = public joint-stock company
+ translated_name | East Invest PJSC | ПАО «Восток Инвест»
+ legal_form | Публичное акционерное общество «Восток Инвест» | Vostok Invest PAO
- neg_similar_name | ПАО «Запад Инвест» | ПАО «Восток Инвест»   # West ≠ East
- neg_similar_name | Vostok Invest Capital PJSC | ПАО «Восток Инвест»
- neg_country | Vostok Invest JSC | ПАО «Восток Инвест» | c1=KG
- neg_similar_name | Vostok Investstroy PJSC | ПАО «Восток Инвест»

@ org-alnoor organisation Company - - PK
+ legal_form | Al-Noor Trading Company (Pvt) Ltd | Al Noor Trading Co. Private Limited
+ transliteration | النور ٹریڈنگ کمپنی (پرائیویٹ) لمیٹڈ | Al-Noor Trading Company (Pvt) Ltd
+ legal_form | AL NOOR TRADING (PRIVATE) LIMITED | Al-Noor Trading Company (Pvt) Ltd
+ typo | Al-Noor Tradng Co (Pvt) Ltd | Al Noor Trading Company Private Limited
- neg_country | Al Noor Trading Co. LLC | Al-Noor Trading Company (Pvt) Ltd | c1=AE
- neg_similar_name | Al-Noor Textile Company (Pvt) Ltd | Al-Noor Trading Company (Pvt) Ltd
- neg_similar_name | Al-Huda Trading Company (Pvt) Ltd | Al-Noor Trading Company (Pvt) Ltd
- neg_country | Al-Noor Trading Company Ltd | Al-Noor Trading Company (Pvt) Ltd | c1=GB

@ org-huaxintong organisation Company - - CN
+ transliteration | 深圳市华信通电子有限公司 | Shenzhen Huaxintong Dianzi Youxian Gongsi
+ translated_name | Shenzhen Huaxintong Electronics Co., Ltd. | 深圳市华信通电子有限公司
+ translated_name | SHENZHEN HUAXINTONG ELECTRONICS CO LTD | 深圳市華信通電子有限公司
+ legal_form | 华信通电子有限公司 | Huaxintong Electronics Company Limited
+ spelling_variant | 深圳市華信通電子有限公司 | 深圳市华信通电子有限公司   # traditional ↔ simplified
- neg_similar_name | 深圳市华信达电子有限公司 | 深圳市华信通电子有限公司   # Huaxinda ≠ Huaxintong
- neg_similar_name | Shenzhen Huaxintong Logistics Co., Ltd. | 深圳市华信通电子有限公司
- neg_country | Huaxintong Electronics Co., Ltd. | 深圳市华信通电子有限公司 | c1=TW
- neg_similar_name | 东莞市华信通电子有限公司 | 深圳市华信通电子有限公司   # a Dongguan company, not the Shenzhen one

@ org-yuanhang organisation Company - - CN
+ transliteration | 东方远航物流有限公司 | Dongfang Yuanhang Wuliu Youxian Gongsi
+ translated_name | Oriental Yuanhang Logistics Co., Ltd. | 东方远航物流有限公司
+ translated_name | Dongfang Yuanhang Logistics Company Limited | 東方遠航物流有限公司
- neg_similar_name | 东方远洋物流有限公司 | 东方远航物流有限公司   # Yuanyang ≠ Yuanhang
- neg_country | Dongfang Yuanhang Logistics Co., Ltd. | 东方远航物流有限公司 | c1=HK
- neg_similar_name | Dongfang Yuanhang Shipping Co., Ltd. | 东方远航物流有限公司   # shipping (航运) ≠ logistics (物流)
- neg_similar_name | 东方远达物流有限公司 | 东方远航物流有限公司   # Yuanda ≠ Yuanhang

@ org-bharat-suraksha organisation Company - - IN
+ transliteration | भारत सुरक्षा समाधान प्राइवेट लिमिटेड | Bharat Suraksha Samadhan Private Limited
+ legal_form | Bharat Suraksha Samadhan Pvt. Ltd. | भारत सुरक्षा समाधान प्राइवेट लिमिटेड
+ legal_form | BHARAT SURAKSHA SAMADHAN PVT LTD | Bharat Suraksha Samadhan Private Limited
+ translated_name | Bharat Security Solutions Private Limited | Bharat Suraksha Samadhan Pvt Ltd
- neg_similar_name | Bharat Suraksha Sevayen Pvt. Ltd. | Bharat Suraksha Samadhan Private Limited
- neg_country | Bharat Suraksha Samadhan Pvt Ltd | भारत सुरक्षा समाधान प्राइवेट लिमिटेड | c1=NP
- neg_similar_name | Bharat Raksha Samadhan Pvt Ltd | Bharat Suraksha Samadhan Private Limited
- neg_similar_name | भारत सुरक्षा सेवा प्राइवेट लिमिटेड | Bharat Suraksha Samadhan Private Limited   # Seva ≠ Samadhan

@ org-zhibek-zholy organisation Company - - KZ
+ legal_form | ТОО «Жибек Жолы Транзит» | Zhibek Zholy Tranzit LLP   # ТОО = LLP
+ legal_form | Товарищество с ограниченной ответственностью «Жибек Жолы Транзит» | Zhibek Zholy Tranzit TOO
+ legal_form | «Жібек Жолы Транзит» ЖШС | Zhibek Zholy Tranzit LLP   # ЖШС = LLP in Kazakh
+ translated_name | Silk Road Transit LLP | ТОО «Жибек Жолы Транзит»
+ spelling_variant | Jibek Joly Tranzit LLP | Zhibek Zholy Tranzit LLP   # Kazakh Latin
- neg_country | Zhibek Zholy Tranzit LLC | ТОО «Жибек Жолы Транзит» | c1=KG
- neg_similar_name | ТОО «Жибек Жолы Трейд» | ТОО «Жибек Жолы Транзит»
- neg_similar_name | Zhibek Zholy Logistics LLP | ТОО «Жибек Жолы Транзит»

@ org-alfajr organisation Company - - AE
+ transliteration | شركة الفجر للتجارة العامة | Al Fajr General Trading Company
+ legal_form | Al-Fajr General Trading Co. L.L.C. | Al Fajr General Trading LLC
+ legal_form | Alfajr General Trading LLC | شركة الفجر للتجارة العامة ذ.م.م   # ذ.م.م = LLC
+ typo | Al Fajr Genral Trading Co | Al-Fajr General Trading Company
- neg_country | Al Fajr General Trading Company | شركة الفجر للتجارة العامة | c1=SA
- neg_similar_name | Al Fajr General Contracting Company | Al-Fajr General Trading Company
- neg_similar_name | شركة النجم للتجارة العامة | شركة الفجر للتجارة العامة   # al-Najm ≠ al-Fajr
- neg_country | Al-Fajr General Trading LLC | Al Fajr General Trading Company | c1=OM

@ org-abna-wadi organisation Organization - - -
+ transliteration | أبناء الوادي الشمالي | Abna al-Wadi al-Shamali
+ translated_name | Sons of the Northern Valley | أبناء الوادي الشمالي
+ translated_name | Сыновья Северной долины | Sons of the Northern Valley
+ spelling_variant | Abnaa Al Wadi Al Shamali | Abna al-Wadi al-Shamali
- neg_similar_name | Sons of the Southern Valley | أبناء الوادي الشمالي
- neg_similar_name | أبناء الوادي الجنوبي | Abna al-Wadi al-Shamali
- neg_similar_name | Sons of the Northern Mountains | Sons of the Northern Valley
- neg_similar_name | أبناء الجبل الشمالي | أبناء الوادي الشمالي   # mountain ≠ valley

@ org-roshan-raah organisation Organization - - PK
+ transliteration | جماعت روشن راہ | Jamaat-e-Roshan Raah
+ spelling_variant | Jamat Roshan Rah | Jamaat-e-Roshan Raah
+ translated_name | Bright Path Society | جماعت روشن راہ
- neg_similar_name | Jamaat-e-Roshan Khayal | جماعت روشن راہ
- neg_similar_name | Roshan Raah Welfare Trust | جماعت روشن راہ

@ org-nautiliaki organisation Company - - GR
+ legal_form | Ναυτιλιακή Αιγαίου Α.Ε. | Naftiliaki Aigaiou S.A.   # Α.Ε. = S.A.
+ translated_name | Aegean Shipping SA | Ναυτιλιακή Αιγαίου Α.Ε.
+ transliteration | Ναυτιλιακή Αιγαίου | Nautiliaki Aigaiou   # letter-by-letter αυ→au
+ legal_form | NAFTILIAKI AIGAIOU ANONYMI ETAIREIA | Ναυτιλιακή Αιγαίου Α.Ε.   # legal form spelt out
- neg_country | Aegean Shipping SA | Ναυτιλιακή Αιγαίου Α.Ε. | c1=CY
- neg_similar_name | Ναυτιλιακή Ιονίου Α.Ε. | Ναυτιλιακή Αιγαίου Α.Ε.   # Ionian ≠ Aegean
- neg_similar_name | Aegean Ferries SA | Ναυτιλιακή Αιγαίου Α.Ε.

@ org-hanbit organisation Company - - KR
+ legal_form | 한빛무역 주식회사 | Hanbit Trading Co., Ltd.   # 주식회사 = Co., Ltd.
+ legal_form | (주)한빛무역 | 한빛무역 주식회사
+ transliteration | 한빛무역 | Hanbit Muyeok
+ translated_name | Hanbit Trading Company Limited | (주)한빛무역
- neg_similar_name | 한빛물산 주식회사 | 한빛무역 주식회사   # Mulsan ≠ Muyeok
- neg_country | Hanbit Trading Co., Ltd. | 한빛무역 주식회사 | c1=JP
- neg_similar_name | 한별무역 주식회사 | 한빛무역 주식회사   # Hanbyeol ≠ Hanbit
- neg_similar_name | Hanbit Tech Co., Ltd. | (주)한빛무역

@ org-toshkent organisation Company - - UZ
+ legal_form | "Toshkent Sanoat Servis" MChJ | ООО «Ташкент Саноат Сервис»   # MChJ = LLC (Uzbek)
+ legal_form | Toshkent Sanoat Servis LLC | «Тошкент Саноат Сервис» МЧЖ
+ spelling_variant | Tashkent Sanoat Servis | Toshkent Sanoat Servis MChJ
+ translated_name | Tashkent Industrial Service LLC | Toshkent Sanoat Servis MChJ
- neg_similar_name | Toshkent Sanoat Savdo MChJ | Toshkent Sanoat Servis MChJ
- neg_country | Tashkent Sanoat Servis LLC | Toshkent Sanoat Servis MChJ | c1=KZ
- neg_similar_name | Samarqand Sanoat Servis MChJ | Toshkent Sanoat Servis MChJ

@ org-adler organisation Company - - DE
+ legal_form | Adler Logistik GmbH | Adler Logistik Gesellschaft mit beschränkter Haftung
+ transliteration | Адлер Логистик ГмбХ | Adler Logistik GmbH
+ typo | Alder Logistik GmbH | Adler Logistik GmbH
- neg_country | Adler Logistik GmbH | Adler Logistik GmbH | c1=AT   # an Austrian namesake
- neg_similar_name | Adler Logistik Nord GmbH | Adler Logistik GmbH
- neg_similar_name | Adler Spedition GmbH | Adler Logistik GmbH

@ vsl-ocean-pearl organisation Vessel - - -
+ title | MV Ocean Pearl | OCEAN PEARL   # MV = motor vessel
+ title | M/V OCEAN PEARL | Ocean Pearl
- neg_similar_name | OCEAN PEARL II | Ocean Pearl
- neg_similar_name | Ocean Pride | OCEAN PEARL
- neg_similar_name | Ocean Pearl Express | OCEAN PEARL

@ vsl-morskaya-zvezda organisation Vessel - - -
+ transliteration | т/х «Морская звезда» | MORSKAYA ZVEZDA   # т/х = motor ship
+ transliteration | Морская звезда | Morskaya Zvezda
+ spelling_variant | MORSKAIA ZVEZDA | Морская звезда   # ICAO-style я→ia
- neg_similar_name | Морская волна | MORSKAYA ZVEZDA   # Morskaya Volna ≠ Morskaya Zvezda
- neg_similar_name | Северная звезда | MORSKAYA ZVEZDA   # Severnaya ≠ Morskaya

@ vsl-haixing organisation Vessel - - -
+ transliteration | 海星 | HAI XING
+ transliteration | HAIXING | 海星
- neg_similar_name | 海兴 | 海星   # same pinyin, different characters
- neg_similar_name | HAI XING 8 | 海星   # a numbered sister ship
"""


@dataclass(frozen=True)
class Identity:
    key: str
    group: str
    schema: str
    gender: str
    dob: str
    country: str


def split_of(key: str) -> str:
    """dev or heldout, fixed by the identity key (all its rows share it)."""
    bucket = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) % 100
    return "dev" if bucket < DEV_PERCENT else "heldout"


def shift_year(dob: str, shift: int) -> str:
    year = int(dob[:4]) + shift
    rest = dob[4:]
    if rest == "-02-29" and not calendar.isleap(year):
        rest = "-02-28"  # a leap-day birth date moved to a common year
    return f"{year:04d}{rest}"


def rotation_offset(key: str) -> int:
    """Where an identity starts in the attribute rotations.

    Rows are written in much the same phenomenon order for every identity; were
    the rotations to restart at 0 each time, the first row (usually the plain
    transliteration) would always have the same attribute pattern.
    """
    return int(hashlib.sha256(f"attrs:{key}".encode()).hexdigest()[:8], 16) % 60


def attributes(ident: Identity, label: bool, phen: str, n: int, opts: dict[str, str]) -> dict[str, str]:
    """Spread the identity's attributes over the two sides (see the module docstring)."""
    f, y, c, g = ident.dob, ident.dob[:4], ident.country, ident.gender
    out = dict.fromkeys(("d1", "d2", "c1", "c2", "g1", "g2"), "")
    out["c1"], out["c2"] = [("", c), (c, c), ("", ""), (c, "")][n % 4]
    if label:
        out["d1"], out["d2"] = [("", f), (y, f), (f, f), ("", ""), (f, "")][n % 5]
        out["g1"], out["g2"] = [("", g), ("", ""), (g, g)][n % 3]
    elif phen in NAME_NEGATIVES:
        out["d1"], out["d2"] = [("", f), ("", ""), (f, "")][n % 3]
    elif phen == "neg_birth_year":
        shift = int(opts.get("y", YEAR_SHIFTS[n % len(YEAR_SHIFTS)]))
        out["d1"], out["d2"] = (f if n % 2 else y), shift_year(f, shift)
        out["g1"], out["g2"] = [("", g), ("", ""), (g, g)][n % 3]
    elif phen == "neg_gender_conflict":
        out["g1"], out["g2"] = g, OTHER_GENDER[g]
        out["d1"], out["d2"] = [("", f), (f, ""), ("", "")][n % 3]
    elif phen == "neg_country":
        out["c1"], out["c2"] = opts["c1"], c
    for k in out:  # explicit options win; "-" means empty
        if k in opts:
            out[k] = "" if opts[k] == "-" else opts[k]
    if ident.schema != "Person":  # only people have birth dates and genders
        for k in ("d1", "d2", "g1", "g2"):
            out[k] = ""
    return out


def build() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    ident: Identity | None = None
    n = 0
    for lineno, raw in enumerate(DATA.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, group, schema, gender, dob, country = line[1:].split()
            ident = Identity(key, group, schema, *(("" if v == "-" else v) for v in (gender, dob, country)))
            n = 0
            continue
        if ident is None or line[0] not in "+-":
            raise ValueError(f"line {lineno}: {line!r}")
        body, _, note = line[1:].partition("#")
        parts = [p.strip() for p in body.split("|")]
        phen, name1, name2 = parts[:3]
        opts = dict(o.split("=", 1) for o in parts[3].split()) if len(parts) > 3 else {}
        label = line[0] == "+"
        a = attributes(ident, label, phen, n + rotation_offset(ident.key), opts)
        n += 1
        note = note.strip() or DEFAULT_NOTES[phen]
        if phen == "neg_birth_year":
            note = f"{note}; birth years {a['d1'][:4]} vs {a['d2'][:4]}"
        rows.append(
            {
                "id": f"{ident.key}-{n:02d}",
                "split": split_of(ident.key),
                "group": ident.group,
                "phenomenon": phen,
                "schema": opts.get("s", ident.schema),
                "name1": name1,
                "name2": name2,
                "birth_date1": a["d1"],
                "birth_date2": a["d2"],
                "country1": a["c1"],
                "country2": a["c2"],
                "gender1": a["g1"],
                "gender2": a["g2"],
                "is_match": "true" if label else "false",
                "note": note,
            }
        )
    return rows


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    p.add_argument("--check", action="store_true", help="fail if the committed CSV differs from the generated one")
    args = p.parse_args()
    text = render(build())
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is not what make_pairs.py generates", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} rows)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
