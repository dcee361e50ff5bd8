#!/usr/bin/env python3
"""Deterministic generator of a news-like benchmark corpus for dyad.

    python3 scripts/gen_bench_corpus.py OUT_DIR [--mb 60] [--seed 7] [--format jsonl|lines]

Writes OUT_DIR/corpus.jsonl (fields id, date, title, text, source) or, with
--format lines, OUT_DIR/corpus.lines (one article per line, `date YYYY-MM-DD text`,
newlines inside the text replaced by spaces). The file is at least --mb MiB
(1 MiB = 1,048,576 bytes) and byte-identical on every run with the same
arguments: all randomness comes from one random.Random(seed), iteration is over
lists only, and nothing depends on time, hashing or the environment. Article N
is the same in both formats, so the two files hold the same articles up to the
point where the shorter one stops.

Articles are built from templates and vocabularies: countries, capitals,
leaders with their terms of office (a leader is only named while in office on
the article's date), international organisations, about 200 verb phrases in
several tenses and moods (past, perfect, future, progressive, passive,
negated, hypothetical, reported speech), nominal events, coordination,
quotes, numbers and abbreviations. About 15% of the articles carry the noise of
scraped, machine-translated pages (see shared/DESIGN.md): words glued at link
seams, lost apostrophes, case damage, curly quotes, hyphenation at line ends,
runs of spaces and tabs, CRLF line ends, NFD accents, lost accented letters,
names in another language, mistranslated verbs, a `date YYYY-MM-DD` prefix and
trailing junk. The events are invented; the corpus is for speed and robustness
tests, not for accuracy scoring.

Python 3.11 standard library only.
"""

import argparse
import datetime as dt
import json
import os
import random
import re
import sys
import time
import unicodedata

# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

# name | adjectives (comma-separated) | capital metonyms (comma-separated)
COUNTRIES_RAW = """\
Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Angola|Angolan|Luanda
Argentina|Argentine|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani|Baku
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Benin|Beninese|Porto-Novo
Bhutan|Bhutanese|Thimphu
Bolivia|Bolivian|La Paz
Bosnia and Herzegovina|Bosnian|Sarajevo
Botswana|Botswanan|Gaborone
Brazil|Brazilian|Brasília
Brunei|Bruneian|Bandar Seri Begawan
Bulgaria|Bulgarian|Sofia
Burkina Faso|Burkinabe|Ouagadougou
Burundi|Burundian|Gitega
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaoundé
Canada|Canadian|Ottawa
the Central African Republic|Central African|Bangui
Chad|Chadian|N'Djamena
Chile|Chilean|Santiago
China|Chinese|Beijing
Colombia|Colombian|Bogotá
the Democratic Republic of Congo|Congolese|Kinshasa
Costa Rica|Costa Rican|San José
Côte d'Ivoire|Ivorian|Abidjan
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
the Czech Republic|Czech|Prague
Denmark|Danish|Copenhagen
Djibouti|Djiboutian|Djibouti
the Dominican Republic|Dominican|Santo Domingo
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo
El Salvador|Salvadoran|San Salvador
Eritrea|Eritrean|Asmara
Estonia|Estonian|Tallinn
Ethiopia|Ethiopian|Addis Ababa
Fiji|Fijian|Suva
Finland|Finnish|Helsinki
France|French|Paris,the Élysée
Gabon|Gabonese|Libreville
Gambia|Gambian|Banjul
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Guatemala|Guatemalan|Guatemala City
Guinea|Guinean|Conakry
Guyana|Guyanese|Georgetown
Haiti|Haitian|Port-au-Prince
Honduras|Honduran|Tegucigalpa
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
India|Indian|New Delhi
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem
Italy|Italian|Rome
Jamaica|Jamaican|Kingston
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana
Kenya|Kenyan|Nairobi
Kosovo|Kosovar|Pristina
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Laotian|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Lesotho|Basotho|Maseru
Liberia|Liberian|Monrovia
Libya|Libyan|Tripoli
Lithuania|Lithuanian|Vilnius
Luxembourg|Luxembourgish|Luxembourg
Madagascar|Malagasy|Antananarivo
Malawi|Malawian|Lilongwe
Malaysia|Malaysian|Kuala Lumpur,Putrajaya
the Maldives|Maldivian|Malé
Mali|Malian|Bamako
Malta|Maltese|Valletta
Mauritania|Mauritanian|Nouakchott
Mauritius|Mauritian|Port Louis
Mexico|Mexican|Mexico City
Moldova|Moldovan|Chisinau
Mongolia|Mongolian|Ulaanbaatar
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat
Mozambique|Mozambican|Maputo
Myanmar|Myanmar|Naypyitaw
Namibia|Namibian|Windhoek
Nepal|Nepali|Kathmandu
the Netherlands|Dutch|The Hague,Amsterdam
New Zealand|New Zealand|Wellington
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
Nigeria|Nigerian|Abuja
North Korea|North Korean|Pyongyang
North Macedonia|North Macedonian|Skopje
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad
Panama|Panamanian|Panama City
Papua New Guinea|Papua New Guinean|Port Moresby
Paraguay|Paraguayan|Asunción
Peru|Peruvian|Lima
the Philippines|Philippine,Filipino|Manila
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian|Moscow,the Kremlin
Rwanda|Rwandan|Kigali
Saudi Arabia|Saudi|Riyadh
Senegal|Senegalese|Dakar
Serbia|Serbian|Belgrade
Sierra Leone|Sierra Leonean|Freetown
Singapore|Singaporean|Singapore
Slovakia|Slovak|Bratislava
Slovenia|Slovenian|Ljubljana
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria
South Korea|South Korean|Seoul
South Sudan|South Sudanese|Juba
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Sweden|Swedish|Stockholm
Switzerland|Swiss|Bern
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma
Thailand|Thai|Bangkok
Togo|Togolese|Lomé
Tunisia|Tunisian|Tunis
Turkey|Turkish|Ankara
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv
the United Arab Emirates|Emirati|Abu Dhabi
Britain|British|London,Downing Street
the United States|U.S.,US,American|Washington,the White House
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
"""

# Countries that appear more often in international news get a higher weight.
HEAVY = ["the United States", "China", "Russia", "Ukraine", "Israel", "Iran", "Britain",
         "France", "Germany", "Japan", "India", "Turkey", "North Korea", "South Korea",
         "Saudi Arabia", "Pakistan", "Syria", "Egypt", "Qatar", "Poland", "Brazil",
         "Venezuela", "Taiwan", "the Philippines", "Vietnam", "Afghanistan", "Iraq",
         "Lebanon", "Sudan", "Ethiopia", "Nigeria", "South Africa", "Mexico", "Canada",
         "Italy", "Spain", "Hungary", "Belarus", "Serbia", "Armenia", "Azerbaijan"]

# country | title | full name | short name | honorific | from | to (exclusive)
LEADERS_RAW = """\
the United States|President|Barack Obama|Obama|Mr.|2009-01-20|2017-01-20
the United States|President|Donald Trump|Trump|Mr.|2017-01-20|2021-01-20
the United States|President|Joe Biden|Biden|Mr.|2021-01-20|2025-01-20
the United States|President|Donald Trump|Trump|Mr.|2025-01-20|2029-01-20
the United States|Secretary of State|John Kerry|Kerry|Mr.|2013-02-01|2017-01-20
the United States|Secretary of State|Rex Tillerson|Tillerson|Mr.|2017-02-01|2018-04-01
the United States|Secretary of State|Mike Pompeo|Pompeo|Mr.|2018-04-26|2021-01-20
the United States|Secretary of State|Antony Blinken|Blinken|Mr.|2021-01-26|2025-01-20
the United States|Secretary of State|Marco Rubio|Rubio|Mr.|2025-01-21|2029-01-20
China|President|Xi Jinping|Xi|Mr.|2013-03-14|2099-01-01
China|Premier|Li Keqiang|Li|Mr.|2013-03-15|2023-03-11
China|Premier|Li Qiang|Li|Mr.|2023-03-11|2099-01-01
China|Foreign Minister|Wang Yi|Wang|Mr.|2013-03-16|2022-12-30
China|Foreign Minister|Wang Yi|Wang|Mr.|2023-07-25|2099-01-01
Russia|President|Vladimir Putin|Putin|Mr.|2012-05-07|2099-01-01
Russia|Prime Minister|Dmitry Medvedev|Medvedev|Mr.|2012-05-08|2020-01-16
Russia|Prime Minister|Mikhail Mishustin|Mishustin|Mr.|2020-01-16|2099-01-01
Russia|Foreign Minister|Sergei Lavrov|Lavrov|Mr.|2004-03-09|2099-01-01
Britain|Prime Minister|David Cameron|Cameron|Mr.|2010-05-11|2016-07-13
Britain|Prime Minister|Theresa May|May|Mrs.|2016-07-13|2019-07-24
Britain|Prime Minister|Boris Johnson|Johnson|Mr.|2019-07-24|2022-09-06
Britain|Prime Minister|Liz Truss|Truss|Ms.|2022-09-06|2022-10-25
Britain|Prime Minister|Rishi Sunak|Sunak|Mr.|2022-10-25|2024-07-05
Britain|Prime Minister|Keir Starmer|Starmer|Mr.|2024-07-05|2099-01-01
France|President|François Hollande|Hollande|Mr.|2012-05-15|2017-05-14
France|President|Emmanuel Macron|Macron|Mr.|2017-05-14|2027-05-14
Germany|Chancellor|Angela Merkel|Merkel|Mrs.|2005-11-22|2021-12-08
Germany|Chancellor|Olaf Scholz|Scholz|Mr.|2021-12-08|2025-05-06
Germany|Chancellor|Friedrich Merz|Merz|Mr.|2025-05-06|2099-01-01
Japan|Prime Minister|Shinzo Abe|Abe|Mr.|2012-12-26|2020-09-16
Japan|Prime Minister|Yoshihide Suga|Suga|Mr.|2020-09-16|2021-10-04
Japan|Prime Minister|Fumio Kishida|Kishida|Mr.|2021-10-04|2024-10-01
Japan|Prime Minister|Shigeru Ishiba|Ishiba|Mr.|2024-10-01|2025-10-21
Japan|Prime Minister|Sanae Takaichi|Takaichi|Ms.|2025-10-21|2099-01-01
India|Prime Minister|Narendra Modi|Modi|Mr.|2014-05-26|2099-01-01
India|External Affairs Minister|S. Jaishankar|Jaishankar|Mr.|2019-05-31|2099-01-01
Pakistan|Prime Minister|Nawaz Sharif|Sharif|Mr.|2013-06-05|2017-07-28
Pakistan|Prime Minister|Imran Khan|Khan|Mr.|2018-08-18|2022-04-10
Pakistan|Prime Minister|Shehbaz Sharif|Sharif|Mr.|2022-04-11|2023-08-14
Pakistan|Prime Minister|Shehbaz Sharif|Sharif|Mr.|2024-03-04|2099-01-01
Turkey|President|Recep Tayyip Erdoğan|Erdoğan|Mr.|2014-08-28|2099-01-01
Iran|President|Hassan Rouhani|Rouhani|Mr.|2013-08-03|2021-08-03
Iran|President|Ebrahim Raisi|Raisi|Mr.|2021-08-03|2024-05-19
Iran|President|Masoud Pezeshkian|Pezeshkian|Mr.|2024-07-28|2099-01-01
Iran|Foreign Minister|Mohammad Javad Zarif|Zarif|Mr.|2013-08-15|2021-08-25
Iran|Foreign Minister|Abbas Araghchi|Araghchi|Mr.|2024-08-21|2099-01-01
Israel|Prime Minister|Benjamin Netanyahu|Netanyahu|Mr.|2009-03-31|2021-06-13
Israel|Prime Minister|Naftali Bennett|Bennett|Mr.|2021-06-13|2022-07-01
Israel|Prime Minister|Yair Lapid|Lapid|Mr.|2022-07-01|2022-12-29
Israel|Prime Minister|Benjamin Netanyahu|Netanyahu|Mr.|2022-12-29|2099-01-01
Ukraine|President|Petro Poroshenko|Poroshenko|Mr.|2014-06-07|2019-05-20
Ukraine|President|Volodymyr Zelensky|Zelensky|Mr.|2019-05-20|2099-01-01
South Korea|President|Park Geun-hye|Park|Ms.|2013-02-25|2017-03-10
South Korea|President|Moon Jae-in|Moon|Mr.|2017-05-10|2022-05-10
South Korea|President|Yoon Suk Yeol|Yoon|Mr.|2022-05-10|2025-04-04
South Korea|President|Lee Jae-myung|Lee|Mr.|2025-06-04|2099-01-01
North Korea|leader|Kim Jong Un|Kim|Mr.|2011-12-17|2099-01-01
Brazil|President|Dilma Rousseff|Rousseff|Ms.|2011-01-01|2016-08-31
Brazil|President|Michel Temer|Temer|Mr.|2016-08-31|2019-01-01
Brazil|President|Jair Bolsonaro|Bolsonaro|Mr.|2019-01-01|2023-01-01
Brazil|President|Luiz Inácio Lula da Silva|Lula||2023-01-01|2027-01-01
Mexico|President|Enrique Peña Nieto|Peña Nieto|Mr.|2012-12-01|2018-12-01
Mexico|President|Andrés Manuel López Obrador|López Obrador|Mr.|2018-12-01|2024-10-01
Mexico|President|Claudia Sheinbaum|Sheinbaum|Ms.|2024-10-01|2099-01-01
Canada|Prime Minister|Justin Trudeau|Trudeau|Mr.|2015-11-04|2025-03-14
Canada|Prime Minister|Mark Carney|Carney|Mr.|2025-03-14|2099-01-01
Egypt|President|Abdel Fattah al-Sisi|Sisi|Mr.|2014-06-08|2099-01-01
Saudi Arabia|King|Salman bin Abdulaziz|Salman|King|2015-01-23|2099-01-01
Saudi Arabia|Crown Prince|Mohammed bin Salman|Mohammed|Prince|2017-06-21|2099-01-01
Qatar|Emir|Sheikh Tamim bin Hamad Al Thani|Tamim|Sheikh|2013-06-25|2099-01-01
Venezuela|President|Nicolás Maduro|Maduro|Mr.|2013-04-19|2026-01-01
Syria|President|Bashar al-Assad|Assad|Mr.|2000-07-17|2024-12-08
Syria|President|Ahmed al-Sharaa|Sharaa|Mr.|2025-01-29|2099-01-01
Afghanistan|President|Ashraf Ghani|Ghani|Mr.|2014-09-29|2021-08-15
Ethiopia|Prime Minister|Abiy Ahmed|Abiy||2018-04-02|2099-01-01
Nigeria|President|Muhammadu Buhari|Buhari|Mr.|2015-05-29|2023-05-29
Nigeria|President|Bola Tinubu|Tinubu|Mr.|2023-05-29|2099-01-01
South Africa|President|Jacob Zuma|Zuma|Mr.|2009-05-09|2018-02-14
South Africa|President|Cyril Ramaphosa|Ramaphosa|Mr.|2018-02-15|2099-01-01
Kenya|President|Uhuru Kenyatta|Kenyatta|Mr.|2013-04-09|2022-09-13
Kenya|President|William Ruto|Ruto|Mr.|2022-09-13|2099-01-01
the Philippines|President|Rodrigo Duterte|Duterte|Mr.|2016-06-30|2022-06-30
the Philippines|President|Ferdinand Marcos Jr.|Marcos|Mr.|2022-06-30|2099-01-01
Indonesia|President|Joko Widodo|Widodo|Mr.|2014-10-20|2024-10-20
Indonesia|President|Prabowo Subianto|Prabowo||2024-10-20|2099-01-01
Italy|Prime Minister|Matteo Renzi|Renzi|Mr.|2014-02-22|2016-12-12
Italy|Prime Minister|Giuseppe Conte|Conte|Mr.|2018-06-01|2021-02-13
Italy|Prime Minister|Mario Draghi|Draghi|Mr.|2021-02-13|2022-10-22
Italy|Prime Minister|Giorgia Meloni|Meloni|Ms.|2022-10-22|2099-01-01
Spain|Prime Minister|Mariano Rajoy|Rajoy|Mr.|2011-12-21|2018-06-02
Spain|Prime Minister|Pedro Sánchez|Sánchez|Mr.|2018-06-02|2099-01-01
Poland|Prime Minister|Mateusz Morawiecki|Morawiecki|Mr.|2017-12-11|2023-12-13
Poland|Prime Minister|Donald Tusk|Tusk|Mr.|2023-12-13|2099-01-01
Hungary|Prime Minister|Viktor Orbán|Orbán|Mr.|2010-05-29|2099-01-01
Australia|Prime Minister|Malcolm Turnbull|Turnbull|Mr.|2015-09-15|2018-08-24
Australia|Prime Minister|Scott Morrison|Morrison|Mr.|2018-08-24|2022-05-23
Australia|Prime Minister|Anthony Albanese|Albanese|Mr.|2022-05-23|2099-01-01
Argentina|President|Mauricio Macri|Macri|Mr.|2015-12-10|2019-12-10
Argentina|President|Alberto Fernández|Fernández|Mr.|2019-12-10|2023-12-10
Argentina|President|Javier Milei|Milei|Mr.|2023-12-10|2099-01-01
Colombia|President|Juan Manuel Santos|Santos|Mr.|2010-08-07|2018-08-07
Colombia|President|Iván Duque|Duque|Mr.|2018-08-07|2022-08-07
Colombia|President|Gustavo Petro|Petro|Mr.|2022-08-07|2026-08-07
Belarus|President|Alexander Lukashenko|Lukashenko|Mr.|1994-07-20|2099-01-01
Azerbaijan|President|Ilham Aliyev|Aliyev|Mr.|2003-10-31|2099-01-01
Armenia|Prime Minister|Nikol Pashinyan|Pashinyan|Mr.|2018-05-08|2099-01-01
Cambodia|Prime Minister|Hun Sen|Hun Sen|Mr.|1985-01-14|2023-08-22
Cambodia|Prime Minister|Hun Manet|Hun Manet|Mr.|2023-08-22|2099-01-01
Malaysia|Prime Minister|Anwar Ibrahim|Anwar|Mr.|2022-11-24|2099-01-01
Finland|President|Sauli Niinistö|Niinistö|Mr.|2012-03-01|2024-03-01
Finland|President|Alexander Stubb|Stubb|Mr.|2024-03-01|2099-01-01
"""

# Organisations: key | names (comma) | possessive-capable names | plural | leaders
ORGS = [
    ("UN", ["the United Nations", "the UN"], False),
    ("UNSC", ["the UN Security Council", "the Security Council"], False),
    ("EU", ["the European Union", "the EU", "Brussels"], False),
    ("NATO", ["NATO", "the Atlantic alliance"], False),
    ("AU", ["the African Union", "the AU"], False),
    ("ASEAN", ["ASEAN", "the Association of Southeast Asian Nations"], False),
    ("IMF", ["the International Monetary Fund", "the IMF"], False),
    ("WB", ["the World Bank"], False),
    ("WHO", ["the World Health Organization", "the WHO"], False),
    ("ECOWAS", ["ECOWAS", "the Economic Community of West African States"], False),
    ("ARAB", ["the Arab League"], False),
    ("GCC", ["the Gulf Cooperation Council"], False),
    ("OPEC", ["OPEC"], False),
    ("G7", ["the G7", "the Group of Seven"], False),
    ("OSCE", ["the OSCE"], False),
    ("ICC", ["the International Criminal Court"], False),
    ("ICRC", ["the Red Cross", "the International Committee of the Red Cross"], False),
    ("HAMAS", ["Hamas"], False),
    ("HEZBOLLAH", ["Hezbollah"], False),
    ("TALIBAN", ["the Taliban"], True),
    ("HOUTHIS", ["the Houthis", "Houthi rebels"], True),
    ("IS", ["Islamic State militants", "Islamic State"], True),
    ("SHABAAB", ["al-Shabaab militants"], True),
    ("RSF", ["the Rapid Support Forces", "the RSF"], True),
]

ORG_LEADERS_RAW = """\
UN|Secretary-General|Ban Ki-moon|Ban|Mr.|2007-01-01|2017-01-01
UN|Secretary-General|António Guterres|Guterres|Mr.|2017-01-01|2027-01-01
NATO|Secretary-General|Jens Stoltenberg|Stoltenberg|Mr.|2014-10-01|2024-10-01
NATO|Secretary-General|Mark Rutte|Rutte|Mr.|2024-10-01|2099-01-01
EU|Commission President|Jean-Claude Juncker|Juncker|Mr.|2014-11-01|2019-12-01
EU|Commission President|Ursula von der Leyen|von der Leyen|Ms.|2019-12-01|2099-01-01
EU|foreign policy chief|Federica Mogherini|Mogherini|Ms.|2014-11-01|2019-12-01
EU|foreign policy chief|Josep Borrell|Borrell|Mr.|2019-12-01|2024-12-01
EU|foreign policy chief|Kaja Kallas|Kallas|Ms.|2024-12-01|2099-01-01
IMF|Managing Director|Christine Lagarde|Lagarde|Ms.|2011-07-05|2019-09-12
IMF|Managing Director|Kristalina Georgieva|Georgieva|Ms.|2019-10-01|2099-01-01
WHO|Director-General|Margaret Chan|Chan|Dr.|2007-01-04|2017-07-01
WHO|Director-General|Tedros Adhanom Ghebreyesus|Tedros|Dr.|2017-07-01|2099-01-01
HEZBOLLAH|leader|Hassan Nasrallah|Nasrallah||1992-02-16|2024-09-27
HEZBOLLAH|leader|Naim Qassem|Qassem||2024-10-29|2099-01-01
TALIBAN|supreme leader|Hibatullah Akhundzada|Akhundzada||2016-05-25|2099-01-01
"""

ROLES = {
    # role phrase pattern, plural, categories it suits
    "dip": [("the {a} government", False), ("{a} officials", True), ("the {a} foreign ministry", False),
            ("{a} diplomats", True), ("a senior {a} official", False), ("{a} negotiators", True),
            ("the {a} leadership", False), ("{a} leaders", True)],
    "mil": [("{a} troops", True), ("{a} forces", True), ("the {a} army", False), ("the {a} military", False),
            ("{a} warplanes", True), ("the {a} navy", False), ("{a} artillery units", True),
            ("the {a} defence ministry", False), ("{a} border guards", True), ("the {a} coast guard", False)],
    "econ": [("the {a} government", False), ("the {a} commerce ministry", False), ("{a} officials", True),
             ("the {a} trade ministry", False), ("the {a} central bank", False), ("{a} authorities", True)],
    "dom": [("{a} police", True), ("the {a} opposition", False), ("{a} lawmakers", True), ("{a} authorities", True),
            ("{a} prosecutors", True), ("the {a} parliament", False), ("{a} security forces", True)],
}
ROLES["aid"] = ROLES["dip"]
ROLES["verbal"] = ROLES["dip"]

# Verb phrases. The first word is the verb (inflected); slots:
# {B} target, {B's} target possessive, {BC} target country name, {BADJ} target adjective,
# {BCAP} target capital, {C} third actor; other slots are filled from the lists below.
# Category decides which role nouns the source takes.
VERBS_RAW = """\
dip|meet {B} in {VENUE}
dip|meet with {B} on the sidelines of {SUMMIT}
dip|hold talks with {B} on {TOPIC}
dip|hold a phone call with {B}
dip|speak by phone with {B} about {TOPIC}
dip|host {B} for talks on {TOPIC}
dip|welcome {B} to {VENUE}
dip|receive {B} in {VENUE}
dip|visit {BC}
dip|tour {BC} and {CC}
dip|travel to {BC} for talks with {B}
dip|sign {AGR} with {B}
dip|conclude {AGR} with {B}
dip|initial {AGR} with {B}
dip|ratify {AGR} with {B}
dip|renew {AGR} with {B}
dip|extend {AGR} with {B}
dip|agree with {B} on {AGR}
dip|reach a deal with {B} on {TOPIC}
dip|reach an understanding with {B} on {TOPIC}
dip|sign a memorandum of understanding with {B} on {TOPIC}
dip|sign a joint statement with {B} on {TOPIC}
dip|issue a joint communique with {B}
dip|set up a working group with {B} on {TOPIC}
dip|agree on a roadmap with {B} for {TOPIC}
dip|discuss {TOPIC} with {B}
dip|consult {B} on {TOPIC}
dip|brief {B} on {TOPIC}
dip|cooperate with {B} on {TOPIC}
dip|coordinate with {B} on {TOPIC}
dip|negotiate with {B} over {TOPIC}
dip|resume talks with {B} on {TOPIC}
dip|hold trilateral talks with {B} and {C}
dip|mediate between {B} and {C}
dip|offer to mediate between {B} and {C}
dip|broker {AGR} between {B} and {C}
dip|host talks between {B} and {C}
dip|establish diplomatic relations with {B}
dip|restore diplomatic ties with {B}
dip|normalise relations with {B}
dip|upgrade relations with {B}
dip|reopen its embassy in {BCAP}
dip|appoint a new ambassador to {BC}
dip|invite {B} to {EVENTNOUN}
dip|accept {B's} invitation to {EVENTNOUN}
dip|praise {B} for {MERIT}
dip|thank {B} for {MERIT}
dip|congratulate {B} on {OCCASION}
dip|express support for {B}
dip|reaffirm its support for {B}
dip|back {B's} bid for {BID}
dip|endorse {B's} proposal on {TOPIC}
dip|welcome {B's} decision to {DEMAND}
dip|apologise to {B} for {INCIDENT}
dip|exchange prisoners with {B}
dip|release {NUM} {BADJ} detainees
dip|free {NUM} {BADJ} prisoners
dip|grant asylum to {NUM} {BADJ} citizens
dip|lift a travel ban on {BADJ} citizens
dip|ease visa rules for {BADJ} citizens
dip|share intelligence with {B}
dip|agree to a ceasefire with {B}
dip|sign a peace deal with {B}
dip|pledge to respect {B's} sovereignty
dip|recognise {B's} sovereignty over the disputed islands
dip|seek {B's} help in {TOPIC}
dip|ask {B} to {DEMAND}
dip|urge {B} to {DEMAND}
dip|call on {B} to {DEMAND}
dip|appeal to {B} to {DEMAND}
dip|press {B} to {DEMAND}
dip|encourage {B} to {DEMAND}
dip|persuade {B} to {DEMAND}
verbal|accuse {B} of {ACC}
verbal|blame {B} for {INCIDENT}
verbal|criticise {B} for {ACC}
verbal|condemn {B} for {ACC}
verbal|denounce {B's} {PLAN}
verbal|reject {B's} {PLAN}
verbal|dismiss {B's} {PLAN} as propaganda
verbal|deny {B's} accusations of {ACC}
verbal|rebuke {B} over {TOPIC}
verbal|warn {B} against {ACC}
verbal|warn {B} of {CONSEQ}
verbal|threaten {B} with {SANCTION}
verbal|threaten to impose {SANCTION} on {B}
verbal|threaten to expel {BADJ} diplomats
verbal|threaten military action against {B}
verbal|demand an apology from {B}
verbal|demand the release of {BADJ} prisoners
verbal|summon {B's} ambassador
verbal|summon the {BADJ} ambassador
verbal|lodge a protest with {B}
verbal|lodge a formal complaint with {B} over {INCIDENT}
verbal|file a complaint against {B} at {COURT}
verbal|take {B} to {COURT}
verbal|sue {B} at {COURT}
verbal|question {B's} commitment to {TOPIC}
verbal|cast doubt on {B's} {PLAN}
verbal|express concern over {B's} {PLAN}
verbal|voice alarm at {B's} {PLAN}
verbal|refuse to recognise {B's} {PLAN}
verbal|rule out talks with {B}
verbal|reject {B's} offer of talks
verbal|decline {B's} offer of {AID}
verbal|boycott {B's} {EVENTNOUN}
verbal|snub {B}
verbal|cancel a visit to {BC}
verbal|call off talks with {B}
verbal|postpone talks with {B}
verbal|walk out of talks with {B}
verbal|pull out of talks with {B}
verbal|withdraw from {AGR} with {B}
verbal|suspend {AGR} with {B}
verbal|investigate {B's} role in {INCIDENT}
verbal|veto a resolution condemning {B}
verbal|oppose {B's} bid for {BID}
econ|impose sanctions on {B}
econ|impose tariffs on {GOODS} from {BC}
econ|raise tariffs on {BADJ} {GOODS}
econ|ban imports of {GOODS} from {BC}
econ|restrict exports of {GOODS} to {BC}
econ|resume imports of {GOODS} from {BC}
econ|buy {GOODS} from {B}
econ|sell {WEAPON} to {B}
econ|blacklist {NUM} {BADJ} companies
econ|sanction {NUM} {BADJ} officials
econ|freeze {MONEY} in {BADJ} assets
econ|ease sanctions on {B}
econ|lift sanctions on {B}
econ|extend sanctions on {B}
econ|lend {MONEY} to {B}
econ|approve a {MONEY} loan for {B}
econ|forgive part of {B's} debt
econ|restructure {B's} debt
econ|invest {MONEY} in {BC}
econ|open a trade office in {BCAP}
econ|cut gas supplies to {B}
econ|halt oil shipments to {BC}
econ|suspend trade with {B}
econ|cut diplomatic ties with {B}
econ|sever relations with {B}
econ|recall its ambassador from {BC}
econ|expel {NUM} {BADJ} diplomats
econ|expel the {BADJ} ambassador
econ|close {B's} consulate in {VENUE}
econ|close its border with {BC}
econ|reopen its border with {BC}
econ|close its airspace to {BADJ} aircraft
econ|deny visas to {BADJ} officials
aid|send {AID} to {B}
aid|provide {AID} to {B}
aid|pledge {AID} to {B}
aid|offer {AID} to {B}
aid|deliver {AID} to {BC}
aid|airlift {AID} to {BC}
aid|promise {AID} to {B}
aid|announce {AID} for {B}
aid|seek {AID} from {B}
aid|request {AID} from {B}
aid|receive {AID} from {B}
aid|accept {B's} offer of {AID}
aid|supply {WEAPON} to {B}
aid|deliver {WEAPON} to {B}
aid|train {BADJ} soldiers
aid|evacuate its citizens from {BC}
aid|send a team of experts to {BC}
mil|attack {B}
mil|strike {B's} {TARGETS}
mil|shell {B's} positions {NEAR}
mil|bomb {TARGETS} in {BC}
mil|fire missiles at {B}
mil|fire rockets into {BC}
mil|launch drones at {B's} {TARGETS}
mil|launch an offensive against {B}
mil|launch air strikes on {B}
mil|invade {BC}
mil|clash with {B} {NEAR}
mil|ambush {B's} patrol {NEAR}
mil|shoot down a {BADJ} drone
mil|kill {NUM} {BADJ} soldiers
mil|wound {NUM} {BADJ} soldiers
mil|capture {NUM} {BADJ} soldiers
mil|seize a {BADJ} tanker
mil|detain {NUM} {BADJ} fishermen
mil|arrest {NUM} {BADJ} citizens on spying charges
mil|blockade {B's} ports
mil|violate {B's} airspace
mil|mass troops on the border with {BC}
mil|deploy troops to {BC}
mil|station troops in {BC}
mil|withdraw troops from {BC}
mil|pull its forces out of {BC}
mil|conduct military drills near {BC}
mil|hold joint military exercises with {B}
mil|hack {B's} {TARGETS}
mil|jam {B's} satellite signals
mil|violate a ceasefire with {B}
mil|break a truce with {B}
mil|recapture the town from {B}
dom|arrest {NUM} opposition activists
dom|detain {NUM} protesters in {CITY}
dom|hold {ELECTION}
dom|call {ELECTION}
dom|postpone {ELECTION}
dom|dissolve parliament
dom|declare a state of emergency
dom|impose a curfew in {CITY}
dom|ban {NUM} opposition parties
dom|release {NUM} political prisoners
dom|pass a new security law
dom|reshuffle the cabinet
dom|crack down on protesters in {CITY}
dom|investigate allegations of {ACCNOUN}
"""

IRREGULAR = {
    "meet": ("met", "met"), "hold": ("held", "held"), "send": ("sent", "sent"), "lend": ("lent", "lent"),
    "buy": ("bought", "bought"), "sell": ("sold", "sold"), "seek": ("sought", "sought"),
    "strike": ("struck", "struck"), "shoot": ("shot", "shot"), "withdraw": ("withdrew", "withdrawn"),
    "take": ("took", "taken"), "break": ("broke", "broken"), "forgive": ("forgave", "forgiven"),
    "speak": ("spoke", "spoken"), "freeze": ("froze", "frozen"), "set": ("set", "set"),
    "give": ("gave", "given"), "make": ("made", "made"), "pay": ("paid", "paid"), "win": ("won", "won"),
    "lead": ("led", "led"), "bring": ("brought", "brought"), "put": ("put", "put"), "cut": ("cut", "cut"),
    "pull": ("pulled", "pulled"), "walk": ("walked", "walked"), "say": ("said", "said"),
}
DOUBLING = ["ban", "expel", "snub", "jam", "plan", "stop", "drop", "ship", "commit", "admit", "submit",
            "cancel", "control", "patrol", "label", "signal", "refuel", "equip"]


def inflect(verb):
    """(base, 3sg present, past, past participle, -ing) of a verb."""
    if verb in IRREGULAR:
        past, pp = IRREGULAR[verb]
    elif verb in DOUBLING:
        past = pp = verb + verb[-1] + "ed"
    elif verb.endswith("e"):
        past = pp = verb + "d"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        past = pp = verb[:-1] + "ied"
    else:
        past = pp = verb + "ed"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        s3 = verb + "es"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        s3 = verb[:-1] + "ies"
    else:
        s3 = verb + "s"
    if verb.endswith("ie"):
        ing = verb[:-2] + "ying"
    elif verb.endswith("ee"):
        ing = verb + "ing"
    elif verb.endswith("e"):
        ing = verb[:-1] + "ing"
    elif verb in DOUBLING:
        ing = verb + verb[-1] + "ing"
    else:
        ing = verb + "ing"
    return verb, s3, past, pp, ing


AGR = ["a free trade agreement", "a defence cooperation pact", "a memorandum of understanding on energy",
       "a strategic partnership agreement", "a maritime security pact", "a visa waiver agreement",
       "an extradition treaty", "a civil nuclear cooperation deal", "a prisoner exchange agreement",
       "a ceasefire agreement", "a peace accord", "a grain export deal", "a currency swap agreement",
       "an arms control treaty", "a border demarcation agreement", "a framework agreement on investment",
       "a mutual defence pact", "a 10-year gas supply contract", "a joint declaration on climate cooperation",
       "an agreement on the return of migrants", "a fisheries agreement", "a security cooperation agreement",
       "a comprehensive economic partnership agreement", "a water-sharing treaty"]
ACC = ["violating the ceasefire", "interfering in its internal affairs", "spying on its officials",
       "supporting terrorist groups", "backing separatist rebels", "meddling in the election",
       "harbouring militants", "shelling civilian areas", "illegally detaining its citizens",
       "stealing trade secrets", "dumping cheap steel", "undermining regional stability",
       "violating its airspace", "arming rebel groups", "carrying out cyberattacks",
       "blocking humanitarian aid", "manipulating its currency", "persecuting religious minorities",
       "plotting a coup", "breaking international law", "torturing detainees", "spreading disinformation"]
ACCNOUN = ["corruption", "vote rigging", "torture", "abuse of power", "money laundering", "election fraud",
           "war crimes", "human rights abuses"]
TOPIC = ["trade", "energy security", "the war in Ukraine", "climate change", "migration",
         "the nuclear programme", "regional security", "counterterrorism", "the South China Sea",
         "food security", "debt relief", "maritime security", "the refugee crisis", "arms control",
         "the situation in Gaza", "cyber security", "public health", "border security", "investment",
         "critical minerals", "the Korean peninsula", "the conflict in Syria", "security in the Sahel",
         "water sharing", "fisheries", "the pandemic response", "Arctic shipping routes",
         "semiconductor supply chains", "the reconstruction of Ukraine", "the Iran nuclear deal"]
DEMAND = ["release detained journalists", "withdraw its troops", "respect the ceasefire",
          "return to the negotiating table", "halt its nuclear programme", "open humanitarian corridors",
          "stop the shelling", "free political prisoners", "hold free and fair elections",
          "lift the blockade", "exercise restraint", "reverse the decision",
          "allow international inspectors access", "pay its debts", "end the crackdown on protesters",
          "extradite the suspects", "cooperate with the investigation", "reopen the border",
          "abide by the ruling", "respect its sovereignty", "join the talks", "drop the charges"]
AID = ["$1.2 billion in humanitarian aid", "emergency food aid", "medical supplies",
       "$500 million in military aid", "two million vaccine doses", "financial assistance",
       "reconstruction aid", "tents and blankets for earthquake victims", "a $3.5 billion loan",
       "budget support", "disaster relief", "technical assistance", "fuel supplies", "wheat shipments",
       "$250 million in development aid", "water purification equipment"]
WEAPON = ["air defence systems", "fighter jets", "artillery shells", "armoured vehicles", "drones",
          "long-range missiles", "patrol boats", "ammunition", "tanks", "helicopters", "anti-ship missiles"]
GOODS = ["steel", "aluminium", "solar panels", "electric vehicles", "wine", "soybeans", "semiconductors",
         "rare earths", "beef", "seafood", "palm oil", "textiles", "timber", "wheat", "natural gas",
         "fertiliser", "pork", "brandy"]
TARGETS = ["military bases", "energy infrastructure", "ammunition depots", "border posts", "air defences",
           "command centres", "supply lines", "ports", "airfields", "fuel depots", "radar stations",
           "government websites", "power grid"]
SANCTION = ["sanctions", "new tariffs", "a trade embargo", "asset freezes", "travel bans",
            "export controls", "secondary sanctions"]
PLAN = ["plan", "proposal", "decision", "nuclear programme", "military build-up", "new security law",
        "peace plan", "election result", "territorial claims", "annexation plans", "missile tests",
        "troop deployment", "new visa rules"]
EVENTNOUN = ["a summit", "peace talks", "the signing ceremony", "a regional conference", "a state banquet",
             "a donor conference", "the inauguration ceremony", "a security forum"]
INCIDENT = ["the attack", "the collapse of the talks", "the border clash", "the downing of the plane",
            "the explosion at the port", "the death of a protester", "the cyberattack",
            "the sinking of the fishing boat", "the killing of aid workers", "the embassy fire",
            "the hijacking of the ship"]
COURT = ["the International Court of Justice", "the World Trade Organization",
         "the International Criminal Court", "the European Court of Human Rights",
         "the UN Human Rights Council", "the Permanent Court of Arbitration"]
CONSEQ = ["serious consequences", "a firm response", "retaliation", "further sanctions",
          "a military response", "grave consequences"]
MERIT = ["its support", "its humanitarian aid", "hosting the talks", "its mediation", "its help in the rescue",
         "its role in the prisoner exchange", "its hospitality"]
OCCASION = ["its election victory", "its national day", "the successful summit", "the peace agreement",
            "its accession to the bloc"]
BID = ["a seat on the UN Security Council", "membership of the European Union", "NATO membership",
       "membership of the World Trade Organization", "hosting the next summit", "a seat on the council"]
SUMMIT = ["the G20 summit", "the UN General Assembly", "the NATO summit", "the ASEAN summit",
          "the BRICS summit", "the Munich Security Conference", "the World Economic Forum in Davos",
          "the COP climate conference", "the Shanghai Cooperation Organisation summit",
          "the African Union summit"]
VENUES = ["Geneva", "Vienna", "New York", "Davos", "Doha", "Istanbul", "Jeddah", "Riyadh", "Singapore",
          "Helsinki", "Brussels", "Bali", "Munich", "Sochi", "Astana", "Abu Dhabi", "Cairo",
          "Addis Ababa", "Nairobi", "Kuala Lumpur", "Hanoi", "Oslo", "Muscat", "Baku", "Ankara",
          "Paris", "London", "Beijing", "Tokyo", "New Delhi", "Brasília", "Johannesburg", "Minsk",
          "Stockholm", "The Hague", "Rome", "Warsaw", "Lomé", "Bogotá", "Zürich"]
NEAR = ["near the border", "along the frontier", "in the disputed border area", "near the coast",
        "in the north of the country", "in the eastern region", "near the demarcation line",
        "outside the regional capital", "in the mountainous south", "near a strategic highway"]
ELECTION = ["early elections", "a referendum on the new constitution", "parliamentary elections",
            "a presidential election", "local elections"]
CITIES_DOM = ["the capital", "the second city", "the port city", "several cities", "the northern provinces"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SURNAMES = ["Halvorsen", "Okonkwo", "Castellanos", "Varga", "Lindqvist", "Moreau", "Nakamura", "Petrenko",
            "Haddad", "Mensah", "Kowalczyk", "Aydın", "Sørensen", "Fonseca", "Rahimi", "Tanaka", "Mwangi",
            "Novak", "Dubois", "Ortega", "Chen", "Park", "Ibrahim", "Nguyen", "Rossi", "Schneider",
            "Kuznetsov", "Silva", "Adeyemi", "Bakker", "Pérez", "Müller", "Çelik", "Dvořák"]
GIVEN = ["Anna", "David", "Maria", "Omar", "Li", "Elena", "Samuel", "Aisha", "Tomás", "Yuki", "Peter",
         "Fatima", "Jonas", "Nadia", "Kwame", "Sofia", "Ahmed", "Ingrid", "Rafael", "Mei"]
INITIALS = "ABCDEFGHJKLMNPRSTW"
OUTLETS = ["Example Wire", "The Example Ledger", "Northbridge Herald", "Meridian Daily", "Global Desk",
           "Harbour Times", "Continental Post", "The Lakeside Courier", "Eastgate Review", "Open Atlas News"]
QUOTES = ["We will not accept any interference in our internal affairs",
          "The door to dialogue remains open",
          "This is a dangerous escalation that threatens the whole region",
          "Our patience is not unlimited",
          "We are ready to work with all parties in good faith",
          "The agreement opens a new chapter in our relations",
          "There can be no military solution to this conflict",
          "We have made clear that this behaviour is unacceptable",
          "Both sides showed a willingness to compromise",
          "We call on all parties to exercise maximum restraint",
          "Sanctions will remain in place until there is real change",
          "The talks were frank and constructive",
          "No country is above international law",
          "We will respond in a proportionate manner",
          "Nothing is agreed until everything is agreed",
          "This is a historic day for our two nations",
          "The humanitarian situation is catastrophic",
          "We do not seek confrontation, but we will not be intimidated",
          "The ball is now in their court",
          "We will defend our sovereignty by all means",
          "It's a first step, but a lot of work remains to be done",
          "We didn't come here to make concessions",
          "These accusations are baseless and absurd",
          "Our friendship has stood the test of time"]
HEADINGS = ["A fragile truce", "Pressure from Washington", "Strategic necessity and rising friction",
            "What comes next", "Economic stakes", "Regional reactions", "A long-running dispute",
            "Divisions within the bloc", "Mediation efforts", "Doubts over enforcement",
            "A diplomatic balancing act", "The view from the region"]
JUNK = ["Share this article Facebook Twitter", "Share this article Facebook Twitter Email",
        "Advertisement", "Advertisement Continue reading the main story", "Read more:",
        "Sign up for our newsletter", "Copyright Example Media. All rights reserved.",
        "Related: Tags diplomacy world", "Comments (0)", "Print this page"]
JUNK_SYLL = ["rek", "mar", "vol", "tan", "pel", "dor", "kas", "lin", "reh", "par"]
MT_NAMES = [("Vladimir Putin", ["Vladimir Poutine", "Vladimir Poutina"]), ("Putin", ["Poutine", "Poutina"]),
            ("Zelensky", ["Zelenski", "Selenskyj"]), ("Scholz", ["Scholtz"]), ("Lavrov", ["Lavrow"]),
            ("Netanyahu", ["Netanjahu"]), ("Red Square", ["Red Place"]), ("Xi Jinping", ["Xi Jinpin"]),
            ("Kim Jong Un", ["Kim Jong-eun"]), ("Erdoğan", ["Erdogán", "Erdogan"]),
            ("Macron", ["Macrons"]), ("Lukashenko", ["Loukachenko"])]
MT_VERBS = [("toured", "turned"), ("tours", "turns"), ("will tour", "will turn"),
            ("held talks with", "held conversations with"), ("met with", "met at"),
            ("expressed concern", "expressed worry"), ("called on", "called"),
            ("welcomed", "greeted"), ("stood alongside", "will be held alongside"),
            ("visited", "has visited in")]


def parse_countries():
    out = []
    for line in COUNTRIES_RAW.splitlines():
        name, adjs, caps = line.split("|")
        out.append({"kind": "country", "name": name, "adjs": adjs.split(","), "caps": caps.split(",")})
    return out


def parse_leaders(raw):
    out = {}
    for line in raw.splitlines():
        key, title, full, short, hon, a, b = line.split("|")
        out.setdefault(key, []).append({"title": title, "full": full, "short": short, "hon": hon,
                                        "from": dt.date.fromisoformat(a), "to": dt.date.fromisoformat(b)})
    return out


def parse_verbs():
    out = []
    for line in VERBS_RAW.splitlines():
        cat, spec = line.split("|")
        words = spec.split(" ")
        verb, rest = words[0], " ".join(words[1:])
        base, s3, past, pp, ing = inflect(verb)
        out.append({"cat": cat, "rest": rest, "base": base, "s3": s3, "past": past, "pp": pp, "ing": ing,
                    # the target is the direct object: a passive is possible
                    "passive": rest.startswith("{B}")})
    return out


COUNTRIES = parse_countries()
BY_NAME = {c["name"]: c for c in COUNTRIES}
LEADERS = parse_leaders(LEADERS_RAW)
ORG_LEADERS = parse_leaders(ORG_LEADERS_RAW)
ARMED = ["HAMAS", "HEZBOLLAH", "TALIBAN", "HOUTHIS", "IS", "SHABAAB", "RSF"]
ORG_ADJ = {"UN": "UN", "UNSC": "UN", "EU": "EU", "NATO": "NATO", "IMF": "IMF", "WHO": "WHO", "AU": "AU",
           "HEZBOLLAH": "Hezbollah", "TALIBAN": "Taliban"}


def org_cats(key):
    if key in ARMED:
        return ["dip", "verbal", "mil"]
    if key == "NATO":
        return ["dip", "verbal", "mil", "aid"]
    return ["dip", "verbal", "econ", "aid"]


ORG_LIST = [{"kind": "org", "key": k, "names": n, "plural": p, "cats": org_cats(k)} for k, n, p in ORGS]
ORG_BY_KEY = {o["key"]: o for o in ORG_LIST}
VERBS = parse_verbs()
VERBS_BY_CAT = {}
for _v in VERBS:
    VERBS_BY_CAT.setdefault(_v["cat"], []).append(_v)
CATS = ["dip", "verbal", "econ", "aid", "mil", "dom"]
CAT_WEIGHTS = [34, 26, 14, 9, 13, 4]
COUNTRY_WEIGHTS = [6 if c["name"] in HEAVY else 1 for c in COUNTRIES]
# Organisations that can be the target of a verb needing a country slot are excluded there.
COUNTRY_SLOTS = ("{BC}", "{BADJ}", "{BCAP}", "{CC}")

START = dt.date(2015, 1, 1).toordinal()
END = dt.date(2026, 2, 28).toordinal()


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------

def cap(s):
    return s[:1].upper() + s[1:] if s else s


def possessive(name, apos):
    return name + apos if name.endswith("s") and not name.endswith("ss") else name + apos + "s"


class Article:
    """State for one article: its RNG, date, punctuation style and cast."""

    def __init__(self, rng, date):
        self.rng = rng
        self.date = date
        self.apos = "’" if rng.random() < 0.35 else "'"
        self.curly = rng.random() < 0.5
        self.names_used = []   # short names of people mentioned (for case damage)
        self.pron = "it"       # pronoun for the last actor phrase made by actor()

    def q(self, text):
        return f"“{text}”" if self.curly else f'"{text}"'

    def leaders_of(self, key, table):
        return [p for p in table.get(key, []) if p["from"] <= self.date < p["to"]]

    def person(self, actor):
        if actor["kind"] == "country":
            ps = self.leaders_of(actor["name"], LEADERS)
        else:
            ps = self.leaders_of(actor["key"], ORG_LEADERS)
        return self.rng.choice(ps) if ps else None

    def adj(self, actor):
        if actor["kind"] == "country":
            return self.rng.choice(actor["adjs"])
        return ORG_ADJ.get(actor["key"], "")

    def person_phrase(self, actor, p, full=None):
        """A person as written: 'Chinese President Xi Jinping', 'Mr. Xi', 'Xi' ..."""
        rng = self.rng
        self.names_used.append(p["short"])
        r = rng.random() if full is None else (0.0 if full else 0.9)
        adj = self.adj(actor)
        title = p["title"]
        if title == "Commission President":
            adj = "European"
        if r < 0.45:
            return f"{adj} {title} {p['full']}" if adj else f"{actor_name(actor)} {title} {p['full']}"
        if r < 0.55 and adj:
            return f"{p['full']}, the {adj} {title.lower()},"
        if r < 0.85 and p["hon"]:
            return f"{p['hon']} {p['short']}"
        if r < 0.93 and title[0].isupper() and title not in ("Foreign Minister", "Secretary of State"):
            return f"{title} {p['short']}"
        return p["short"]

    def actor(self, actor, cat="dip", subject=True):
        """(phrase, plural) for an actor in a clause of the given category."""
        rng = self.rng
        if actor["kind"] == "org":
            p = self.person(actor) if cat in ("dip", "verbal", "aid", "econ") else None
            if p and rng.random() < 0.3:
                self.pron = "she" if p["hon"] in ("Ms.", "Mrs.") else "he"
                return self.person_phrase(actor, p), False
            self.pron = "they" if actor["plural"] else "it"
            return rng.choice(actor["names"]), actor["plural"]
        r = rng.random()
        if cat in ("dip", "verbal", "econ") and r < 0.3:
            p = self.person(actor)
            if p:
                self.pron = "she" if p["hon"] in ("Ms.", "Mrs.") else "he"
                return self.person_phrase(actor, p), False
        self.pron = "it"
        r = rng.random()
        if r < 0.35:
            return actor["name"], False
        if r < 0.5 and cat != "dom":
            return rng.choice(actor["caps"]), False
        roles = ROLES[cat]
        pat, plural = rng.choice(roles)
        self.pron = "they" if plural else "it"
        return pat.format(a=rng.choice(actor["adjs"])), plural

    def poss(self, actor):
        """A possessive-capable form: "China's", "Mr. Xi's", "NATO's"."""
        rng = self.rng
        if actor["kind"] == "org":
            name = rng.choice([n for n in actor["names"] if not n.endswith("militants")] or actor["names"])
        else:
            p = self.person(actor) if rng.random() < 0.3 else None
            if p:
                self.names_used.append(p["short"])
                name = rng.choice([f"{p['hon']} {p['short']}".strip(), p["short"]])
            else:
                name = rng.choice([actor["name"]] + actor["caps"][:1])
        return possessive(name, self.apos)

    def number(self):
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return str(rng.randint(2, 9))
        if r < 0.55:
            return ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens of",
                    "several", "hundreds of"][rng.randrange(12)]
        if r < 0.85:
            return str(rng.randint(10, 99))
        return f"{rng.randint(1, 9)},{rng.randint(0, 999):03d}"

    def money(self):
        rng = self.rng
        r = rng.random()
        if r < 0.5:
            return f"${rng.randint(1, 40)}.{rng.randint(1, 9)} billion"
        if r < 0.8:
            return f"${rng.randint(5, 95) * 10} million"
        return f"{rng.randint(1, 20)}.{rng.randint(1, 9)} billion euros"

    def time_expr(self, future=False):
        rng = self.rng
        if future:
            return rng.choice([" next week", " next month", " later this year", " in the coming days",
                               f" in {MONTHS[(self.date.month + rng.randint(0, 3)) % 12]}",
                               f" on {rng.choice(WEEKDAYS)}", ""])
        r = rng.random()
        if r < 0.35:
            return " on " + rng.choice(WEEKDAYS)
        if r < 0.45:
            return f" {rng.choice(['late', 'early'])} on {rng.choice(WEEKDAYS)}"
        if r < 0.55:
            return " " + rng.choice(["last week", "last month", "earlier this month", "this week",
                                     "at the weekend", "overnight", "a few weeks earlier", "two days later",
                                     "earlier this year", "last year"])
        if r < 0.62:
            return f" in {MONTHS[(self.date.month - 1 - rng.randint(0, 4)) % 12]}"
        if r < 0.68:
            m = (self.date.month - 1 - rng.randint(0, 2)) % 12
            return f" on {MONTHS_AP[m]} {rng.randint(1, 28)}"
        if r < 0.71:
            return f" in {self.date.year - rng.randint(1, 6)}"
        return ""

    def speaker(self, actor):
        """Someone who says something: a person, a spokesman, a ministry, state media."""
        rng = self.rng
        r = rng.random()
        if actor["kind"] == "org":
            p = self.person(actor)
            if p and r < 0.5:
                return self.person_phrase(actor, p)
            return rng.choice(["a spokesman for " + actor["names"][0], "a spokeswoman for " + actor["names"][0],
                               actor["names"][0], "officials at " + actor["names"][0]])
        adj = rng.choice(actor["adjs"])
        if r < 0.3:
            p = self.person(actor)
            if p:
                return self.person_phrase(actor, p)
        if r < 0.45:
            name = f"{rng.choice(INITIALS)}. {rng.choice(INITIALS)}. {rng.choice(SURNAMES)}"
            if rng.random() < 0.5:
                name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"
            return f"{name}, a spokesman for the {adj} foreign ministry,"
        return rng.choice([f"the {adj} foreign ministry", f"{adj} officials", f"a senior {adj} official",
                           f"{adj} state media", f"a statement from the {adj} government",
                           f"diplomats in {actor['caps'][0]}", "analysts", "people familiar with the talks",
                           f"the {adj} news agency", f"Gen. {rng.choice(SURNAMES)}, the {adj} army chief,"])


def actor_name(a):
    return a["name"] if a["kind"] == "country" else a["names"][0]


def subject_verb(art, phrase, plural, form):
    be = {"is": "are", "was": "were", "has": "have"}
    if plural:
        form = be.get(form, form)
    return form


# --------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------

def fill_rest(art, verb, src, tgt, third, cat):
    """Fill the slots of a verb phrase's remainder; None if the target can't fill them."""
    rng = art.rng
    rest = verb["rest"]
    if tgt["kind"] == "org" and any(s in rest for s in COUNTRY_SLOTS):
        return None
    out = rest
    if "{B's}" in out:
        out = out.replace("{B's}", art.poss(tgt))
    if "{B}" in out:
        out = out.replace("{B}", art.actor(tgt, "dip" if cat not in ("mil",) else "mil", subject=False)[0])
    if "{BC}" in out:
        out = out.replace("{BC}", tgt["name"])
    if "{BADJ}" in out:
        out = out.replace("{BADJ}", rng.choice(tgt["adjs"]))
    if "{BCAP}" in out:
        out = out.replace("{BCAP}", tgt["caps"][0])
    if "{C}" in out:
        out = out.replace("{C}", art.actor(third, "dip", subject=False)[0])
    if "{CC}" in out:
        out = out.replace("{CC}", third["name"] if third["kind"] == "country" else rng.choice(COUNTRIES)["name"])
    slots = {"{AGR}": AGR, "{ACC}": ACC, "{ACCNOUN}": ACCNOUN, "{TOPIC}": TOPIC, "{DEMAND}": DEMAND,
             "{AID}": AID, "{WEAPON}": WEAPON, "{GOODS}": GOODS, "{TARGETS}": TARGETS, "{SANCTION}": SANCTION,
             "{PLAN}": PLAN, "{EVENTNOUN}": EVENTNOUN, "{INCIDENT}": INCIDENT, "{COURT}": COURT,
             "{CONSEQ}": CONSEQ, "{MERIT}": MERIT, "{OCCASION}": OCCASION, "{BID}": BID, "{SUMMIT}": SUMMIT,
             "{VENUE}": VENUES, "{NEAR}": NEAR, "{ELECTION}": ELECTION, "{CITY}": CITIES_DOM}
    for slot in re.findall(r"\{[A-Z]+\}", out):
        if slot == "{NUM}":
            out = out.replace(slot, art.number(), 1)
        elif slot == "{MONEY}":
            out = out.replace(slot, art.money(), 1)
        elif slot in slots:
            out = out.replace(slot, rng.choice(slots[slot]), 1)
    return out


def pick_verb(art, src, tgt):
    rng = art.rng
    for _ in range(8):
        cat = rng.choices(CATS, CAT_WEIGHTS)[0]
        if src["kind"] == "org" and cat not in src["cats"]:
            continue
        v = rng.choice(VERBS_BY_CAT[cat])
        if tgt["kind"] == "org" and any(s in v["rest"] for s in COUNTRY_SLOTS):
            continue
        return v
    return VERBS_BY_CAT["dip"][0]


def event_sentence(art, src, tgt, third, lead=False):
    rng = art.rng
    verb = pick_verb(art, src, tgt)
    cat = verb["cat"]
    if tgt["kind"] == "org" and any(s in verb["rest"] for s in COUNTRY_SLOTS):
        return None
    # subject: one actor or a coordination
    if not lead and rng.random() < 0.08 and cat in ("dip", "verbal", "aid", "econ"):
        others = [src, third] if rng.random() < 0.6 else [src, third, rng.choice(COUNTRIES)]
        names = [actor_name(o) for o in others]
        if len(names) == 2:
            subj = f"{names[0]} and {names[1]}"
        else:
            subj = f"{names[0]}, {names[1]} and {names[2]}"
        plural = True
    else:
        subj, plural = art.actor(src, cat)
    pron = "they" if plural else art.pron
    if " its " in " " + verb["rest"]:
        if plural:
            verb = dict(verb, rest=re.sub(r"\bits\b", "their", verb["rest"]))
        elif pron in ("he", "she") and src["kind"] == "country":
            verb = dict(verb, rest=re.sub(r"\bits\b", "the country's", verb["rest"]))
    rest = fill_rest(art, verb, src, tgt, third, cat)
    t = art.time_expr()
    rest_sp = (" " + rest) if rest else ""
    r = rng.random()
    if lead:
        r = r * 0.5  # leads are mostly plain past tense
    b, s3, past, pp, ing = verb["base"], verb["s3"], verb["past"], verb["pp"], verb["ing"]
    has = "have" if plural else "has"
    is_ = "are" if plural else "is"
    if r < 0.40:
        s = f"{subj} {past}{rest_sp}{t}."
    elif r < 0.47:
        s = f"{subj} {has} {pp}{rest_sp}."
    elif r < 0.53:
        s = f"{subj} will {b}{rest_sp}{art.time_expr(future=True)}."
    elif r < 0.58:
        mod = rng.choice(["could", "might", "may", "would"])
        s = f"{subj} {mod} {b}{rest_sp}, {rng.choice(['analysts said', 'officials warned', 'diplomats said', 'according to people familiar with the matter'])}."
    elif r < 0.64:
        lead_in = rng.choice([f"{is_} expected to", "plans to" if not plural else "plan to",
                              f"{is_} preparing to", "threatened to", f"{has} vowed to", "offered to",
                              "agreed to", "promised to", "hopes to" if not plural else "hope to"])
        s = f"{subj} {lead_in} {b}{rest_sp}{t}."
    elif r < 0.71:
        neg = rng.choice(["did not", "refused to", "declined to", "will not", f"{has} not", "never"])
        if neg == f"{has} not":
            s = f"{subj} {neg} {pp}{rest_sp}."
        elif neg == "never":
            s = f"{subj} never {past}{rest_sp}."
        else:
            s = f"{subj} {neg} {b}{rest_sp}{t}."
    elif r < 0.75:
        s = f"{subj} {is_} {ing}{rest_sp}."
    elif r < 0.82 and verb["passive"]:
        # passive: the target becomes the subject, "by" names the source
        tphrase, tplural = art.actor(tgt, cat, subject=True)
        tail = fill_rest(art, dict(verb, rest=verb["rest"].replace("{B}", "", 1).strip()), src, tgt, third, cat)
        tail = (" " + tail) if tail else ""
        was = "were" if tplural else "was"
        s = f"{tphrase} {was} {pp}{tail} by {subj}{t}."
    elif r < 0.92:
        sp = art.speaker(rng.choice([src, tgt, third]))
        form = rng.choice(["that_had", "would", "said_after", "according"])
        if form == "that_had":
            s = f"{sp} said that {subj} had {pp}{rest_sp}{t}."
        elif form == "would":
            s = f"{sp} said {subj} would {b}{rest_sp}{art.time_expr(future=True)}."
        elif form == "said_after":
            s = f"{subj} {past}{rest_sp}{t}, {sp} said."
        else:
            s = f"According to {sp} {subj} {past}{rest_sp}{t}.".replace(f"{sp} {subj}", f"{sp.rstrip(',')}, {subj}")
    else:
        den = rng.choice(["denied that it had", "rejected claims that it had", "insisted that it had not"])
        den = den.replace(" it ", f" {pron} ")
        s = f"{subj} {den} {pp}{rest_sp}."
    return cap(s.replace(",,", ",").replace(",.", "."))


def nominal_sentence(art, src, tgt, third):
    rng = art.rng
    a, b = actor_name(src), actor_name(tgt)
    bc = tgt["name"] if tgt["kind"] == "country" else tgt["names"][0]
    t = art.time_expr()
    venue = rng.choice(VENUES)
    choices = [
        f"{art.poss(src)} visit to {bc} {rng.choice(['was the first in a decade', 'was cut short', 'drew protests', 'was postponed at the last minute', 'ended with a joint declaration'])}.",
        f"Talks between {a} and {b} {rng.choice(['ended without agreement', 'are expected to resume', 'collapsed', 'made progress'])}{t}.",
        f"The signing of {rng.choice(AGR)} with {b} was {rng.choice(['postponed', 'delayed again', 'welcomed by markets', 'criticised by the opposition'])}{t}.",
        f"Trilateral talks between {a}, {b} and {actor_name(third)} took place in {venue}{t}.",
        f"{art.poss(src)} decision to {rng.choice(['expel', 'recall', 'sanction'])} {rng.choice(['diplomats', 'its envoy', 'officials'])} {rng.choice(['angered', 'surprised', 'was criticised by'])} {b}.",
        f"The meeting between {art.actor(src, 'dip')[0]} and {art.actor(tgt, 'dip')[0]} lasted {rng.randint(2, 9)} hours.",
        f"{cap(art.poss(src))} condemnation of {art.poss(tgt)} {rng.choice(PLAN)} {rng.choice(['was swift', 'came hours later', 'drew a sharp reply'])}.",
        f"A summit of {a}, {b} and {actor_name(third)} is planned for {MONTHS[rng.randrange(12)]} in {venue}.",
    ]
    return cap(rng.choice(choices))


def background_sentence(art, src, tgt):
    rng = art.rng
    a, b = actor_name(src), actor_name(tgt)
    d1 = f"{rng.randint(0, 9)}.{rng.randint(1, 9)}"
    choices = [
        f"Trade between {a} and {b} reached {art.money()} last year, up {d1} percent from {art.date.year - 2}.",
        f"The economy grew {d1} percent in the first quarter, official data showed.",
        f"The currency has lost {d1} percent of its value against the dollar since {MONTHS[rng.randrange(12)]}.",
        f"About {art.number()} people have been killed since the fighting began in {MONTHS[rng.randrange(12)]}, according to the United Nations.",
        f"Relations between {a} and {b} have been strained since {art.date.year - rng.randint(1, 8)}.",
        f"The two countries have been at odds over {rng.choice(TOPIC)} for years.",
        f"It was the first such meeting in {rng.randint(2, 12)} years.",
        f"Oil prices rose {d1} percent to ${rng.randint(55, 95)}.{rng.randint(10, 99)} a barrel on the news.",
        "The report could not be independently verified.",
        f"The talks are expected to resume in {rng.choice(VENUES)} next month.",
        f"Deputy Foreign Minister {rng.choice(GIVEN)} {rng.choice(SURNAMES)}, the ministry's No. 2 official, led the delegation.",
        f"The vote passed by {rng.randint(60, 140)} votes to {rng.randint(10, 59)}, with {rng.randint(1, 20)} abstentions.",
        f"Inflation reached {d1} percent in {MONTHS[rng.randrange(12)]}, the highest in {rng.randint(2, 30)} years.",
        f"More than {rng.randint(2, 90)},000 people have fled to neighbouring countries, the U.N. refugee agency said.",
        "Neither side gave details of the discussions.",
        "The statement did not say when the measures would take effect.",
    ]
    return rng.choice(choices).replace("'", art.apos)


def quote_sentence(art, src):
    rng = art.rng
    qt = rng.choice(QUOTES).replace("'", art.apos)
    sp = art.speaker(src)
    r = rng.random()
    if r < 0.4:
        return f"{art.q(qt + ',')} {sp} said."
    if r < 0.6:
        return f"{cap(sp)} said: {art.q(qt + '.')}"
    if r < 0.8:
        return f"{art.q(qt + ',')} said {sp.rstrip(',')}."
    return f"{cap(sp)} added that {qt[0].lower() + qt[1:]}."


def dateline(art, src):
    rng = art.rng
    if src["kind"] == "country":
        city = src["caps"][0]
    else:
        city = rng.choice(VENUES)
    if city.startswith("the ") or city in ("Downing Street",):
        city = rng.choice(VENUES)
    m = MONTHS_AP[art.date.month - 1]
    return f"{city.upper()}, {m} {art.date.day} (dyad) - "


def headline(art, src, tgt):
    rng = art.rng
    for _ in range(6):
        verb = pick_verb(art, src, tgt)
        if verb["cat"] == "dom":
            continue
        rest = fill_rest(art, verb, src, tgt, rng.choice(COUNTRIES), verb["cat"])
        if rest is None:
            continue
        a = actor_name(src)
        a = a[4:] if a.startswith("the ") and rng.random() < 0.5 else a
        a = cap(a)
        form = rng.random()
        rest = (" " + rest) if rest else ""
        if form < 0.6:
            return f"{a} {verb['s3']}{rest}"
        if form < 0.8:
            return f"{a} to {verb['base']}{rest}"
        return f"{a} {verb['pp']}{rest}, officials say"
    return f"{cap(actor_name(src))} and {actor_name(tgt)} hold talks"


def pick_actor(rng, exclude=()):
    while True:
        if rng.random() < 0.15:
            a = rng.choice(ORG_LIST)
        else:
            a = rng.choices(COUNTRIES, COUNTRY_WEIGHTS)[0]
        if all(a is not e for e in exclude):
            return a


def clean_article(rng, date):
    art = Article(rng, date)
    src = pick_actor(rng)
    if src["kind"] == "org" and rng.random() < 0.6:
        src = rng.choices(COUNTRIES, COUNTRY_WEIGHTS)[0]
    tgt = pick_actor(rng, (src,))
    third = pick_actor(rng, (src, tgt))
    cast = [src, tgt, third]
    n = rng.randint(3, 25)
    sentences = []
    lead = None
    while lead is None:
        lead = event_sentence(art, src, tgt, third, lead=True)
    if rng.random() < 0.6:
        lead = dateline(art, src) + lead
    sentences.append(lead)
    while len(sentences) < n:
        r = rng.random()
        a, b = rng.sample(cast, 2) if rng.random() < 0.5 else (src, tgt)
        c = [x for x in cast if x is not a and x is not b][0] if len(cast) == 3 else third
        if rng.random() < 0.12:
            b = pick_actor(rng, (a,))
        if r < 0.58:
            s = event_sentence(art, a, b, c)
        elif r < 0.68:
            s = nominal_sentence(art, a, b, c)
        elif r < 0.82:
            s = quote_sentence(art, rng.choice(cast))
        else:
            s = background_sentence(art, a, b)
        if s:
            sentences.append(s)
    # paragraphs of 1-3 sentences, an occasional subheading
    paras = []
    i = 0
    while i < len(sentences):
        k = rng.choice([1, 2, 2, 3])
        paras.append(" ".join(sentences[i:i + k]))
        i += k
        if i < len(sentences) and len(paras) > 2 and rng.random() < 0.06:
            paras.append(rng.choice(HEADINGS))
    text = "\n\n".join(paras)
    if art.apos != "'":
        text = text.replace("'s ", "’s ")
    title = headline(art, src, tgt)
    return art, title, text


# --------------------------------------------------------------------------
# Noise
# --------------------------------------------------------------------------

def sub_some(rng, pattern, repl, text, p):
    def f(m):
        return m.expand(repl) if rng.random() < p else m.group(0)
    return re.sub(pattern, f, text)


def noise_glue(rng, text):
    text = sub_some(rng, r"(\b[a-z]{1,12}) (?=[A-Z][a-z])", r"\1", text, 0.12)   # aMutual, withTrump
    text = sub_some(rng, r"(\b[A-Z][a-z]{3,}) (?=(?:met|said|signed|agreed|and|for|with)\b)", r"\1", text, 0.15)
    return text


def noise_apostrophes(rng, text):
    return sub_some(rng, r"([A-Za-z])['’]s\b", r"\1s", text, 0.85)


def noise_case(rng, text, names):
    for name in sorted(set(names)):
        if len(name) < 2 or rng.random() < 0.4:
            continue
        text = sub_some(rng, r"\b" + re.escape(name) + r"(['’]?s)?\b",
                        name.upper() + r"\1", text, 0.6)
    return re.sub(r"([A-Z]{2,})['’]?s\b", lambda m: m.group(1) + "S" if rng.random() < 0.5 else m.group(0), text)


def noise_curly(rng, text):
    text = re.sub(r'"([^"\n]*)"', lambda m: "“" + m.group(1) + ("”" if rng.random() < 0.9 else "“"), text)
    return text.replace("'", "’")


def noise_spaces(rng, text):
    def f(m):
        r = rng.random()
        if r < 0.03:
            return "  "
        if r < 0.04:
            return "\t"
        if r < 0.045:
            return " \t "
        if r < 0.05:
            return "   "
        return " "
    text = re.sub(r" ", f, text)
    return re.sub(r"\n\n", lambda m: " \t\n\n" if rng.random() < 0.2 else "\n\n", text)


def noise_nfd(rng, text):
    return re.sub(r"\w*[À-ɏ]\w*", lambda m: unicodedata.normalize("NFD", m.group(0))
                  if rng.random() < 0.7 else m.group(0), text)


def noise_lost_letters(rng, text):
    def f(m):
        w = m.group(0)
        if rng.random() > 0.6:
            return w
        out = []
        skip = False
        for ch in w:
            if skip:
                skip = False
                continue
            if ord(ch) > 127 and ch.isalpha():
                skip = rng.random() < 0.5
                continue
            out.append(ch)
        return "".join(out)
    return re.sub(r"\w*[À-ɏ]\w*", f, text)


def noise_mt(rng, text):
    for src, alts in MT_NAMES:
        if src in text and rng.random() < 0.6:
            alt = rng.choice(alts)
            text = sub_some(rng, re.escape(src), alt, text, 0.7)
    for src, alt in MT_VERBS:
        if src in text and rng.random() < 0.5:
            text = text.replace(src, alt)
    return text


def noise_hyphenate(rng, text):
    width = rng.randint(60, 80)
    out_paras = []
    for para in text.split("\n\n"):
        words = para.split(" ")
        lines, cur = [], ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                room = width - len(cur) - 2
                if len(w) >= 8 and room >= 3 and w.isalpha() and rng.random() < 0.5:
                    k = min(room, len(w) - 3)
                    lines.append(cur + " " + w[:k] + "-")
                    cur = w[k:]
                    continue
                lines.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
        out_paras.append("\n".join(lines))
    return "\n\n".join(out_paras)


def noise_junk(rng, text):
    if rng.random() < 0.5:
        junk = "the " + rng.choice(JUNK_SYLL).capitalize() + rng.choice(JUNK_SYLL) + f".{rng.randint(1000, 9999)}"
        sep = " " if rng.random() < 0.5 else "\n\n"
    else:
        junk = rng.choice(JUNK)
        sep = rng.choice(["\n\n", " ", "\n"])
    return text + sep + junk


def make_noisy(rng, art, text):
    applied = []
    order = ["mt", "apostrophes", "case", "glue", "curly", "nfd", "lost", "spaces", "hyphen", "junk",
             "prefix", "crlf"]
    probs = {"mt": 0.35, "apostrophes": 0.6, "case": 0.45, "glue": 0.55, "curly": 0.4, "nfd": 0.3,
             "lost": 0.25, "spaces": 0.4, "hyphen": 0.25, "junk": 0.5, "prefix": 0.35, "crlf": 0.2}
    chosen = [k for k in order if rng.random() < probs[k]]
    if not chosen:
        chosen = ["apostrophes", "glue"]
    for k in chosen:
        if k == "mt":
            text = noise_mt(rng, text)
        elif k == "apostrophes":
            text = noise_apostrophes(rng, text)
        elif k == "case":
            text = noise_case(rng, text, art.names_used)
        elif k == "glue":
            text = noise_glue(rng, text)
        elif k == "curly":
            text = noise_curly(rng, text)
        elif k == "nfd":
            text = noise_nfd(rng, text)
        elif k == "lost":
            text = noise_lost_letters(rng, text)
        elif k == "spaces":
            text = noise_spaces(rng, text)
        elif k == "hyphen":
            text = noise_hyphenate(rng, text)
        elif k == "junk":
            text = noise_junk(rng, text)
        elif k == "prefix":
            text = (" " if rng.random() < 0.3 else "") + f"date {art.date.isoformat()} " + text
        elif k == "crlf":
            text = text.replace("\n", "\r\n")
        applied.append(k)
    return text, applied


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------

def generate(out_dir, mb, seed, fmt):
    rng = random.Random(seed)
    target = int(mb * 1024 * 1024)
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "corpus.jsonl" if fmt == "jsonl" else "corpus.lines")
    total = 0
    count = 0
    noisy = 0
    buf = []
    buf_bytes = 0
    with open(path, "wb") as f:
        while total < target:
            date = dt.date.fromordinal(rng.randint(START, END))
            art, title, text = clean_article(rng, date)
            is_noisy = rng.random() < 0.15
            if is_noisy:
                text, _ = make_noisy(rng, art, text)
                noisy += 1
            source = rng.choice(OUTLETS)
            count += 1
            if fmt == "jsonl":
                rec = {"id": f"bench-{seed}-{count:07d}", "date": date.isoformat(), "title": title,
                       "text": text, "source": source}
                line = json.dumps(rec, ensure_ascii=False) + "\n"
            else:
                crlf = "\r\n" in text
                flat = re.sub(r"\r\n|\r|\n", " ", text)
                if not flat.lstrip().startswith("date "):
                    flat = f"date {date.isoformat()} " + flat
                line = flat + ("\r\n" if crlf else "\n")
            data = line.encode("utf-8")
            buf.append(data)
            buf_bytes += len(data)
            total += len(data)
            if buf_bytes > (1 << 20):
                f.write(b"".join(buf))
                buf, buf_bytes = [], 0
        f.write(b"".join(buf))
    return path, total, count, noisy


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--mb", type=float, default=60, help="minimum output size in MiB (default 60)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--format", choices=["jsonl", "lines"], default="jsonl")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    path, total, count, noisy = generate(args.out_dir, args.mb, args.seed, args.format)
    secs = time.perf_counter() - t0
    print(f"{path}: {total} bytes, {count} articles ({noisy} noisy), {secs:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
