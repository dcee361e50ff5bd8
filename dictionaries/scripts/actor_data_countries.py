"""Country data for build_actor_tables.py (stdlib only, no I/O).

One line per state or territory:

    CODE | names | adjectives and demonyms | capitals

Items are separated by ";". Flags follow an item in braces:
`Turkey{cased,common}`. Facts: CAMEO codes from the shared reference table
cameo_countries.tsv (GDELT/CAMEO lookups plus Phoenix/ISO additions);
names, demonyms and capitals are public knowledge (ISO 3166-1 short and
official names, GeoNames countryInfo capitals, common English usage and the
usual French/Spanish/German/Italian forms met in machine-translated news).
"""

STATES = r"""
AFG | Afghanistan; Islamic Republic of Afghanistan; Islamic Emirate of Afghanistan; Afganistán; Afghanistán | Afghan; Afghans; Afghani{cased} | Kabul
ALA | Åland Islands; Aland Islands; Åland; Aland | Ålander; Ålanders; Alander; Alanders | Mariehamn
ALB | Albania; Republic of Albania; Shqipëria; Shqiperia; Albanie; Albanien | Albanian; Albanians | Tirana; Tiranë
DZA | Algeria; People's Democratic Republic of Algeria; Algérie; Algerie; Argelia; Algerien | Algerian; Algerians | Algiers; Alger{cased,person}
ASM | American Samoa | American Samoan; American Samoans | Pago Pago
AND | Andorra; Principality of Andorra | Andorran; Andorrans | Andorra la Vella
AGO | Angola; Republic of Angola | Angolan; Angolans | Luanda
AIA | Anguilla | Anguillan; Anguillans |
ATG | Antigua and Barbuda; Antigua & Barbuda; Antigua | Antiguan; Antiguans; Barbudan; Barbudans | St. John's; St John's; Saint John's
ARG | Argentina; Argentine Republic; Argentinien | Argentine; Argentines; Argentinian; Argentinians; Argentinean; Argentineans | Buenos Aires
ARM | Armenia; Republic of Armenia; Hayastan; Arménie; Armenien | Armenian; Armenians | Yerevan; Erevan; Eriwan
ABW | Aruba | Aruban; Arubans | Oranjestad
AUS | Australia; Commonwealth of Australia; Australie; Australien; New South Wales | Australian; Australians; Aussie{cased}; Aussies{cased} | Canberra
AUT | Austria; Republic of Austria; Österreich; Oesterreich; Autriche | Austrian; Austrians; Austro{prefix} | Vienna; Wien
AZE | Azerbaijan; Republic of Azerbaijan; Azerbaïdjan; Azerbaiyán; Aserbaidschan | Azerbaijani; Azerbaijanis; Azeri; Azeris | Baku; Bakou
BHS | Bahamas; The Bahamas; Commonwealth of The Bahamas | Bahamian; Bahamians | Nassau{usstate}
BHR | Bahrain; Kingdom of Bahrain; Bahreïn; Bahréin | Bahraini; Bahrainis | Manama
BGD | Bangladesh; People's Republic of Bangladesh | Bangladeshi; Bangladeshis | Dhaka; Dacca
BRB | Barbados | Barbadian; Barbadians; Bajan{cased}; Bajans{cased} | Bridgetown
BLR | Belarus; Republic of Belarus; Belorussia; Byelarus; Biélorussie; Bielorrusia; Weißrussland; Weissrussland | Belarusian; Belarusians; Belarussian; Belarussians; Belorussian; Belorussians; Belarusan | Minsk
BEL | Belgium; Kingdom of Belgium; Belgique; Bélgica; Belgien; België | Belgian; Belgians; Belgo{prefix} | Brussels; Bruxelles; Brussel; Bruselas; Brüssel
BLZ | Belize | Belizean; Belizeans | Belmopan
BEN | Benin; Republic of Benin; Bénin; Dahomey | Beninese; Beninois | Porto-Novo; Porto Novo; Cotonou
BMU | Bermuda{cased} | Bermudian; Bermudians; Bermudan; Bermudans | Hamilton{cased,person}
BTN | Bhutan; Kingdom of Bhutan; Druk Yul | Bhutanese | Thimphu
BOL | Bolivia; Plurinational State of Bolivia; Bolivie; Bolivien | Bolivian; Bolivians | La Paz; Sucre{cased,person}
BIH | Bosnia and Herzegovina; Bosnia-Herzegovina; Bosnia & Herzegovina; Bosnia and Hercegovina; Bosnia; BiH{cased}; Bosnie-Herzégovine; Bosnien-Herzegowina | Bosnian; Bosnians; Herzegovinian; Herzegovinians | Sarajevo
BWA | Botswana; Republic of Botswana | Motswana; Batswana; Botswanan; Botswanans | Gaborone
BRA | Brazil{cased}; Federative Republic of Brazil; Brasil; Brésil; Brasilien | Brazilian; Brazilians | Brasília; Brasilia
VGB | British Virgin Islands; BVI{cased} | British Virgin Islander; British Virgin Islanders | Road Town
BRN | Brunei; Brunei Darussalam; Nation of Brunei | Bruneian; Bruneians | Bandar Seri Begawan
BGR | Bulgaria; Republic of Bulgaria; Bulgarie; Bulgarien | Bulgarian; Bulgarians | Sofia{cased,person}
BFA | Burkina Faso; Burkina; Upper Volta | Burkinabe; Burkinabè; Burkinabes; Burkinabé | Ouagadougou
BDI | Burundi; Republic of Burundi | Burundian; Burundians | Gitega; Bujumbura
KHM | Cambodia; Kingdom of Cambodia; Kampuchea; Cambodge; Camboya; Kambodscha | Cambodian; Cambodians; Khmer; Kampuchean; Kampucheans | Phnom Penh
CMR | Cameroon; Republic of Cameroon; Cameroun; Camerún; Kamerun | Cameroonian; Cameroonians | Yaoundé; Yaounde
CAN | Canada; Kanada | Canadian; Canadians | Ottawa
CPV | Cape Verde; Cabo Verde; Republic of Cabo Verde; Cap-Vert | Cape Verdean; Cape Verdeans; Cabo Verdean; Cabo Verdeans | Praia{cased}
CYM | Cayman Islands; Caymans | Caymanian; Caymanians | George Town
CAF | Central African Republic; CAR{cased,common}; Centrafrique; République centrafricaine | Central African{ambiguous}; Central Africans{ambiguous}; Centrafrican; Centrafricans | Bangui
TCD | Chad{cased,person}; Republic of Chad; Tchad | Chadian; Chadians | N'Djamena; N’Djamena; Ndjamena; N'Djaména
CHL | Chile{cased}; Republic of Chile; Chili{cased,common} | Chilean; Chileans | Santiago{cased,person}; Santiago de Chile
CHN | China{cased}; People's Republic of China; People’s Republic of China; PRC{cased}; Mainland China; Chine; Zhongguo | Chinese; Sino{prefix} | Beijing; Peking; Pékin; Pekín
COL | Colombia; Republic of Colombia; Colombie; Kolumbien | Colombian; Colombians | Bogotá; Bogota
COM | Comoros; Union of the Comoros; Comores; Comoro Islands | Comoran; Comorans; Comorian; Comorians | Moroni
COD | Democratic Republic of the Congo; Democratic Republic of Congo; DR Congo; D.R. Congo; DRC{cased}; DR of Congo; Congo-Kinshasa; Congo Kinshasa; RDC{cased}; RD Congo; République démocratique du Congo; Congo{ambiguous} | Congolese{ambiguous} | Kinshasa
COG | Republic of the Congo; Republic of Congo; Congo-Brazzaville; Congo Brazzaville; Congo Republic | | Brazzaville
COK | Cook Islands | Cook Islander; Cook Islanders | Avarua
CRI | Costa Rica; Republic of Costa Rica | Costa Rican; Costa Ricans | San José{usstate}; San Jose{usstate}
CIV | Ivory Coast; Côte d'Ivoire; Cote d'Ivoire; Côte d’Ivoire; Cote d’Ivoire; Republic of Côte d'Ivoire | Ivorian; Ivorians | Yamoussoukro; Abidjan
HRV | Croatia; Republic of Croatia; Hrvatska; Croatie; Croacia; Kroatien | Croatian; Croatians; Croat; Croats | Zagreb
CUB | Cuba; Republic of Cuba | Cuban; Cubans | Havana{cased}; La Habana; Habana; La Havane
CYP | Cyprus; Republic of Cyprus; Chypre; Chipre; Zypern; Northern Cyprus; Turkish Republic of Northern Cyprus; TRNC{cased} | Cypriot; Cypriots; Greek Cypriot; Greek Cypriots; Turkish Cypriot; Turkish Cypriots | Nicosia; Lefkosia
CZE | Czech Republic; Czechia; Česko; Česká republika; Tchéquie; République tchèque; Tschechien; Chequia; República Checa | Czech; Czechs | Prague; Praha; Prag
DNK | Denmark; Kingdom of Denmark; Danmark; Danemark; Dinamarca; Dänemark | Danish{cased}; Dane{cased,person}; Danes; Dano{prefix} | Copenhagen; København; Copenhague; Kopenhagen
DJI | Djibouti; Republic of Djibouti | Djiboutian; Djiboutians | Djibouti City
DMA | Dominica; Commonwealth of Dominica | | Roseau
DOM | Dominican Republic; Dominican Rep.; República Dominicana | Dominican{ambiguous,cased}; Dominicans{ambiguous,cased} | Santo Domingo
TLS | East Timor; Timor-Leste; Timor Leste; Democratic Republic of Timor-Leste; Timor Lorosae | East Timorese; Timorese | Dili
ECU | Ecuador; Republic of Ecuador; Équateur | Ecuadorian; Ecuadorians; Ecuadorean; Ecuadoreans | Quito
EGY | Egypt; Arab Republic of Egypt; Misr; Égypte; Egypte; Egipto; Ägypten; Egitto | Egyptian; Egyptians | Cairo; Le Caire; El Cairo; Kairo
SLV | El Salvador; Republic of El Salvador | Salvadoran; Salvadorans; Salvadorian; Salvadorians; Salvadorean; Salvadoreans | San Salvador
GNQ | Equatorial Guinea; Republic of Equatorial Guinea; Guinea Ecuatorial; Guinée équatoriale | Equatorial Guinean; Equatorial Guineans; Equatoguinean; Equatoguineans | Malabo
ERI | Eritrea; State of Eritrea; Érythrée | Eritrean; Eritreans | Asmara
EST | Estonia; Republic of Estonia; Eesti; Estonie; Estland | Estonian; Estonians | Tallinn
ETH | Ethiopia; Federal Democratic Republic of Ethiopia; Abyssinia; Éthiopie; Etiopía; Äthiopien | Ethiopian; Ethiopians | Addis Ababa; Addis Abeba; Addis
FRO | Faroe Islands; Faeroe Islands; Faroes; Faeroes | Faroese; Faroe Islander; Faroe Islanders | Tórshavn; Torshavn
FLK | Falkland Islands; Falklands; Malvinas; Islas Malvinas | Falkland Islander; Falkland Islanders; Falklander; Falklanders | Stanley{cased,person}
FJI | Fiji; Republic of Fiji; Fiji Islands | Fijian; Fijians | Suva
FIN | Finland; Republic of Finland; Suomi; Finlande; Finlandia; Finnland | Finnish; Finn{cased,person}; Finns | Helsinki; Helsingfors
FRA | France; French Republic; République française; Francia; Frankreich | French{cased}; Frenchman; Frenchmen; Frenchwoman; Frenchwomen; Gallic{cased}; Franco{prefix,person} | Paris{cased,person}
GUF | French Guiana; Guyane; Guyane française | French Guianese; French Guianan | Cayenne{cased,common}
PYF | French Polynesia; Polynésie française; Tahiti | French Polynesian; French Polynesians; Tahitian; Tahitians | Papeete
GAB | Gabon; Gabonese Republic | Gabonese | Libreville
GMB | Gambia; The Gambia; Republic of The Gambia | Gambian; Gambians | Banjul
GEO | Georgia{cased,person,usstate}; Sakartvelo; Géorgie | Georgian{cased,usstate}; Georgians{usstate} | Tbilisi; Tiflis
DEU | Germany; Federal Republic of Germany; FRG{cased}; West Germany; Deutschland; Bundesrepublik Deutschland; Allemagne; Alemania; Germania | German; Germans; Germano{prefix} | Berlin; Berlín; Bonn
GHA | Ghana; Republic of Ghana | Ghanaian; Ghanaians | Accra
GIB | Gibraltar | Gibraltarian; Gibraltarians |
GRC | Greece; Hellenic Republic; Hellas; Ellada; Grèce; Grecia; Griechenland | Greek; Greeks; Hellenic; Greco{prefix}; Helleno{prefix} | Athens{usstate}; Athènes; Atenas; Athen
GRL | Greenland; Kalaallit Nunaat; Groenland; Grönland | Greenlandic; Greenlander; Greenlanders | Nuuk; Godthåb
GRD | Grenada | Grenadian; Grenadians | St. George's; St George's; Saint George's
GLP | Guadeloupe | Guadeloupean; Guadeloupeans | Basse-Terre
GUM | Guam | Guamanian; Guamanians | Hagåtña; Hagatna; Agana
GTM | Guatemala; Republic of Guatemala | Guatemalan; Guatemalans | Guatemala City; Ciudad de Guatemala
GIN | Guinea{cased,common,ambiguous}; Republic of Guinea; Guinea-Conakry; Guinea Conakry; Guinée | Guinean{ambiguous}; Guineans{ambiguous} | Conakry
GNB | Guinea-Bissau; Guinea Bissau; Republic of Guinea-Bissau; Guinée-Bissau | Bissau-Guinean; Bissau-Guineans | Bissau
GUY | Guyana; Co-operative Republic of Guyana; British Guiana | Guyanese | Georgetown{usstate}
HTI | Haiti; Republic of Haiti; Haïti | Haitian; Haitians | Port-au-Prince; Port au Prince
VAT | Vatican; Vatican City; Holy See; Vatican City State; Vaticano; Città del Vaticano | |
HND | Honduras; Republic of Honduras | Honduran; Hondurans | Tegucigalpa
HKG | Hong Kong; Hongkong; Hong Kong SAR; HKSAR{cased}; Xianggang | Hong Konger; Hong Kongers; Hongkonger; Hongkongers |
HUN | Hungary; Magyarország; Hongrie; Hungría; Ungarn; Ungheria | Hungarian; Hungarians; Magyar; Magyars | Budapest
ISL | Iceland; Ísland; Islande; Islandia | Icelandic; Icelander; Icelanders | Reykjavík; Reykjavik
IND | India; Republic of India; Bharat; Hindustan; Inde; Indien | Indian; Indians; Indo{prefix} | New Delhi; Delhi
IDN | Indonesia; Republic of Indonesia; Indonésie; Indonesien | Indonesian; Indonesians | Jakarta; Djakarta
IRN | Iran; Islamic Republic of Iran; Persia; Irán | Iranian; Iranians; Persian{cased}; Persians; Irano{prefix} | Tehran; Teheran; Téhéran; Teherán
IRQ | Iraq; Republic of Iraq; Irak | Iraqi; Iraqis | Baghdad; Bagdad
IRL | Ireland; Republic of Ireland; Éire; Eire; Irlande; Irlanda; Irland | Irish; Irishman; Irishmen; Irishwoman; Irishwomen | Dublin
IMN | Isle of Man | Manx | Douglas{cased,person}
ISR | Israel{cased,person}; State of Israel; Israël | Israeli; Israelis | Jerusalem; Tel Aviv
ITA | Italy; Italian Republic; Italia; Italie; Italien | Italian; Italians; Italo{prefix} | Rome
JAM | Jamaica | Jamaican; Jamaicans | Kingston{cased,person}
JPN | Japan{cased}; Nippon; Nihon; Japon; Japón; Giappone | Japanese | Tokyo; Tokio
JOR | Jordan{cased,person}; Hashemite Kingdom of Jordan; Jordanie; Jordania; Jordanien | Jordanian; Jordanians | Amman
KAZ | Kazakhstan; Republic of Kazakhstan; Kazakstan; Qazaqstan; Kasachstan | Kazakh; Kazakhs; Kazakhstani; Kazakhstanis; Kazak; Kazaks | Astana; Nur-Sultan
KEN | Kenya; Republic of Kenya | Kenyan; Kenyans | Nairobi
KIR | Kiribati; Republic of Kiribati | I-Kiribati; Kiribatian | Tarawa; South Tarawa
PRK | North Korea; Democratic People's Republic of Korea; Democratic People’s Republic of Korea; DPRK{cased}; D.P.R.K.{cased}; DPR Korea; N. Korea; N Korea; Corée du Nord; Corea del Norte; Nordkorea | North Korean; North Koreans | Pyongyang
KOR | South Korea; Republic of Korea; ROK{cased}; S. Korea; S Korea; Corée du Sud; Corea del Sur; Südkorea; Korea{ambiguous} | South Korean; South Koreans; Korean{ambiguous}; Koreans{ambiguous} | Seoul
KWT | Kuwait; State of Kuwait; Koweït | Kuwaiti; Kuwaitis | Kuwait City
KGZ | Kyrgyzstan; Kyrgyz Republic; Kirghizia; Kirgizia; Kyrgyzia; Kirghizstan | Kyrgyz; Kirghiz; Kyrgyzstani; Kyrgyzstanis | Bishkek
LAO | Laos; Lao PDR; Lao People's Democratic Republic | Laotian; Laotians; Lao{cased,person} | Vientiane
LVA | Latvia; Republic of Latvia; Latvija; Lettonie; Letonia; Lettland | Latvian; Latvians | Riga
LBN | Lebanon; Lebanese Republic; Liban; Líbano; Libanon | Lebanese | Beirut; Beyrouth
LSO | Lesotho; Kingdom of Lesotho; Basutoland | Basotho; Mosotho | Maseru
LBR | Liberia; Republic of Liberia | Liberian; Liberians | Monrovia
LBY | Libya; State of Libya; Libyan Arab Jamahiriya; Jamahiriya; Libye; Libia; Libyen | Libyan; Libyans | Tripoli{ambiguous}
LIE | Liechtenstein; Principality of Liechtenstein | Liechtensteiner; Liechtensteiners | Vaduz
LTU | Lithuania; Republic of Lithuania; Lietuva; Lituanie; Lituania; Litauen | Lithuanian; Lithuanians | Vilnius; Vilna
LUX | Luxembourg; Grand Duchy of Luxembourg; Luxemburg | Luxembourger; Luxembourgers; Luxembourgish | Luxembourg City
MAC | Macao; Macau; Macao SAR | Macanese |
MKD | North Macedonia; Republic of North Macedonia; Macedonia; Former Yugoslav Republic of Macedonia; FYR Macedonia; FYROM{cased}; Makedonija; Macédoine du Nord | Macedonian; Macedonians; North Macedonian; North Macedonians | Skopje
MDG | Madagascar; Republic of Madagascar | Malagasy; Madagascan; Madagascans | Antananarivo; Tananarive
MWI | Malawi; Republic of Malawi; Nyasaland | Malawian; Malawians | Lilongwe
MYS | Malaysia; Malaisie; Malasia | Malaysian; Malaysians | Kuala Lumpur; Putrajaya
MDV | Maldives; Republic of Maldives; Maldive Islands | Maldivian; Maldivians | Malé; Male{cased,common}
MLI | Mali; Republic of Mali | Malian; Malians | Bamako
MLT | Malta; Republic of Malta; Malte | Maltese | Valletta; Valetta
MHL | Marshall Islands; Republic of the Marshall Islands | Marshallese | Majuro
MTQ | Martinique | Martinican; Martinicans; Martiniquais | Fort-de-France
MRT | Mauritania; Islamic Republic of Mauritania; Mauritanie | Mauritanian; Mauritanians | Nouakchott
MUS | Mauritius; Republic of Mauritius | Mauritian; Mauritians | Port Louis; Port-Louis
MYT | Mayotte | Mahoran; Mahorans; Mahorais | Mamoudzou
MEX | Mexico; United Mexican States; México; Mexique; Mexiko; Messico | Mexican; Mexicans | Mexico City; Ciudad de México
FSM | Micronesia; Federated States of Micronesia; FSM{cased} | Micronesian; Micronesians | Palikir
MDA | Moldova; Republic of Moldova; Moldavia; Moldavie | Moldovan; Moldovans; Moldavian; Moldavians | Chișinău; Chisinau; Kishinev
MCO | Monaco; Principality of Monaco | Monegasque; Monégasque; Monegasques; Monacan | Monaco-Ville
MNG | Mongolia; Mongolie; Mongolei | Mongolian; Mongolians; Mongol; Mongols | Ulaanbaatar; Ulan Bator
MNE | Montenegro; Crna Gora; Monténégro | Montenegrin; Montenegrins | Podgorica
MSR | Montserrat | Montserratian; Montserratians | Brades
MAR | Morocco{cased}; Kingdom of Morocco; Maroc; Marruecos; Marokko | Moroccan; Moroccans | Rabat
MOZ | Mozambique; Republic of Mozambique; Moçambique; Mosambik | Mozambican; Mozambicans | Maputo
MMR | Myanmar; Burma; Republic of the Union of Myanmar; Union of Myanmar; Birmanie | Burmese; Myanmarese | Naypyidaw; Nay Pyi Taw; Naypyitaw
NAM | Namibia; Republic of Namibia; South West Africa | Namibian; Namibians | Windhoek
NRU | Nauru; Republic of Nauru | Nauruan; Nauruans | Yaren
NPL | Nepal; Federal Democratic Republic of Nepal | Nepali; Nepalis; Nepalese | Kathmandu; Katmandu
NLD | Netherlands; The Netherlands; Kingdom of the Netherlands; Holland{cased,person}; Nederland; Pays-Bas; Países Bajos; Niederlande | Dutch; Dutchman; Dutchmen; Dutchwoman; Netherlander; Netherlanders | Amsterdam; The Hague; Den Haag
ANT | Netherlands Antilles; Dutch Antilles | Antillean; Antilleans |
NCL | New Caledonia; Nouvelle-Calédonie; Kanaky | New Caledonian; New Caledonians | Nouméa; Noumea
NZL | New Zealand; Aotearoa; Nouvelle-Zélande; Nueva Zelanda; Neuseeland; NZ{cased} | New Zealander; New Zealanders; Kiwi{cased,common}; Kiwis{cased,common} | Wellington{cased,person}
NIC | Nicaragua; Republic of Nicaragua | Nicaraguan; Nicaraguans | Managua
NER | Niger{cased}; Republic of Niger | Nigerien; Nigeriens | Niamey
NGA | Nigeria; Federal Republic of Nigeria; Nigéria; Niger Delta | Nigerian; Nigerians | Abuja
NIU | Niue | Niuean; Niueans | Alofi
NFK | Norfolk Island | Norfolk Islander; Norfolk Islanders |
MNP | Northern Mariana Islands; Northern Marianas; CNMI{cased} | Northern Mariana Islander; Northern Mariana Islanders | Saipan
NOR | Norway; Kingdom of Norway; Norge; Noreg; Norvège; Noruega; Norwegen | Norwegian; Norwegians | Oslo
PSE | Palestine; State of Palestine; Occupied Palestinian Territory; Occupied Palestinian Territories; Palestinian Territories; Palestinian Territory; Occupied Territories; West Bank | Palestinian; Palestinians | Ramallah
OMN | Oman; Sultanate of Oman | Omani; Omanis | Muscat{cased}
PAK | Pakistan; Islamic Republic of Pakistan | Pakistani; Pakistanis; Pak{cased,prefix} | Islamabad
PLW | Palau; Republic of Palau; Belau | Palauan; Palauans | Ngerulmud; Melekeok
PAN | Panama{cased}; Republic of Panama; Panamá | Panamanian; Panamanians | Panama City{usstate}
PNG | Papua New Guinea; PNG{cased}; New Britain; New Guinea{ambiguous} | Papua New Guinean; Papua New Guineans | Port Moresby
PRY | Paraguay; Republic of Paraguay | Paraguayan; Paraguayans | Asunción; Asuncion
PER | Peru; Republic of Peru; Perú; Pérou | Peruvian; Peruvians | Lima{cased}
PHL | Philippines; Republic of the Philippines; Filipinas; Philippinen; Pilipinas | Philippine; Filipino; Filipinos; Filipina | Manila{cased}
PCN | Pitcairn; Pitcairn Islands | Pitcairner; Pitcairners; Pitcairn Islander; Pitcairn Islanders | Adamstown
POL | Poland; Republic of Poland; Polska; Pologne; Polonia; Polen | Polish{cased,common}; Pole{cased,common}; Poles{cased,common} | Warsaw; Warszawa; Varsovie; Varsovia; Warschau
PRT | Portugal; Portuguese Republic | Portuguese; Luso{prefix} | Lisbon; Lisboa; Lisbonne
PRI | Puerto Rico; Porto Rico; Commonwealth of Puerto Rico | Puerto Rican; Puerto Ricans | San Juan
QAT | Qatar; State of Qatar; Katar | Qatari; Qataris | Doha
REU | Réunion; Reunion{cased,common}; La Réunion | Réunionese; Reunionese |
ROU | Romania; Roumania; Rumania; România; Roumanie; Rumänien | Romanian; Romanians; Rumanian; Rumanians | Bucharest; București; Bucuresti; Bucarest; Bukarest
RUS | Russia; Russian Federation; Rossiya; Russie; Rusia; Russland; Russia Federation | Russian; Russians; Russo{prefix} | Moscow{usstate}; Moscou; Moskau; Moscú; Moskva; Mosca
RWA | Rwanda; Republic of Rwanda | Rwandan; Rwandans; Rwandese | Kigali
SHN | Saint Helena; St Helena; St. Helena; Saint Helena, Ascension and Tristan da Cunha | Saint Helenian; Saint Helenians; St Helenian; St Helenians | Jamestown{usstate}
KNA | Saint Kitts and Nevis; St Kitts and Nevis; St. Kitts and Nevis; Saint Kitts-Nevis; St Kitts & Nevis; Saint Christopher and Nevis | Kittitian; Kittitians; Nevisian; Nevisians | Basseterre
LCA | Saint Lucia; St Lucia; St. Lucia | Saint Lucian; Saint Lucians; St Lucian; St Lucians | Castries
SPM | Saint Pierre and Miquelon; St Pierre and Miquelon; Saint-Pierre-et-Miquelon | Saint-Pierrais; Miquelonnais | Saint-Pierre
VCT | Saint Vincent and the Grenadines; St Vincent and the Grenadines; St. Vincent and the Grenadines; St Vincent; St. Vincent; Saint Vincent | Vincentian; Vincentians | Kingstown
WSM | Samoa; Independent State of Samoa; Western Samoa | Samoan; Samoans | Apia
SMR | San Marino; Republic of San Marino | Sammarinese; San Marinese | City of San Marino
STP | São Tomé and Príncipe; Sao Tome and Principe; São Tomé e Príncipe; Democratic Republic of São Tomé and Príncipe | Santomean; Santomeans; Sao Tomean; Sao Tomeans | São Tomé; Sao Tome
SAU | Saudi Arabia; Kingdom of Saudi Arabia; KSA{cased}; Arabie saoudite; Arabia Saudita; Saudi-Arabien | Saudi; Saudis; Saudi Arabian; Saudi Arabians | Riyadh; Riad; Ryad
SEN | Senegal; Republic of Senegal; Sénégal | Senegalese | Dakar
SRB | Serbia; Republic of Serbia; Srbija; Serbie; Serbien | Serbian; Serbians; Serb; Serbs; Serbo{prefix} | Belgrade; Beograd; Belgrad
SYC | Seychelles; Republic of Seychelles | Seychellois; Seychellese | Victoria{cased,person}
SLE | Sierra Leone; Republic of Sierra Leone | Sierra Leonean; Sierra Leoneans | Freetown
SGP | Singapore; Republic of Singapore; Singapura; Singapour | Singaporean; Singaporeans | Singapore
SVK | Slovakia; Slovak Republic; Slovensko; Slovaquie; Eslovaquia; Slowakei | Slovak; Slovaks; Slovakian; Slovakians | Bratislava
SVN | Slovenia; Republic of Slovenia; Slovenija; Slovénie; Eslovenia; Slowenien | Slovenian; Slovenians; Slovene; Slovenes | Ljubljana
SLB | Solomon Islands; Solomons | Solomon Islander; Solomon Islanders | Honiara
SOM | Somalia; Federal Republic of Somalia; Somalie; Somaliland | Somali; Somalis; Somalian; Somalians | Mogadishu; Mogadiscio
ZAF | South Africa; Republic of South Africa; RSA{cased}; Afrique du Sud; Sudáfrica; Südafrika; Suid-Afrika | South African; South Africans | Pretoria; Cape Town; Bloemfontein; Tshwane
SSD | South Sudan; Republic of South Sudan; Soudan du Sud | South Sudanese | Juba
ESP | Spain; Kingdom of Spain; España; Espana; Espagne; Spanien; Spagna | Spanish; Spaniard; Spaniards; Hispano{prefix} | Madrid
LKA | Sri Lanka; Democratic Socialist Republic of Sri Lanka; Ceylon | Sri Lankan; Sri Lankans; Ceylonese | Colombo; Sri Jayawardenepura Kotte; Kotte
SDN | Sudan; Republic of the Sudan; Republic of Sudan; The Sudan; Soudan; Sudán | Sudanese | Khartoum; Port Sudan
SUR | Suriname; Surinam; Republic of Suriname; Dutch Guiana | Surinamese; Surinamer; Surinamers | Paramaribo
SJM | Svalbard and Jan Mayen; Svalbard and Jan Mayen Islands; Svalbard | | Longyearbyen
SWZ | Eswatini; eSwatini; Kingdom of Eswatini; Swaziland; Kingdom of Swaziland | Swazi; Swazis; Emaswati; Liswati | Mbabane; Lobamba
SWE | Sweden; Kingdom of Sweden; Sverige; Suède; Suecia; Schweden; Svezia | Swedish; Swede; Swedes{cased,common} | Stockholm
CHE | Switzerland; Swiss Confederation; Schweiz; Suisse; Svizzera; Suiza; Helvetia; Confoederatio Helvetica | Swiss; Helvetic | Bern; Berne
SYR | Syria; Syrian Arab Republic; Syrie; Siria; Syrien | Syrian; Syrians | Damascus; Damas; Damaskus
TJK | Tajikistan; Republic of Tajikistan; Tadjikistan; Tadzhikistan | Tajik; Tajiks; Tajikistani; Tajikistanis; Tadjik; Tadzhik | Dushanbe
TZA | Tanzania; United Republic of Tanzania | Tanzanian; Tanzanians | Dodoma; Dar es Salaam
THA | Thailand; Kingdom of Thailand; Siam; Thaïlande; Tailandia | Thai; Thais; Siamese{cased} | Bangkok
TGO | Togo; Togolese Republic | Togolese | Lomé; Lome
TKL | Tokelau | Tokelauan; Tokelauans |
TON | Tonga{cased}; Kingdom of Tonga | Tongan; Tongans | Nukuʻalofa; Nuku'alofa; Nukualofa
TTO | Trinidad and Tobago; Trinidad & Tobago; Trinidad; Tobago | Trinidadian; Trinidadians; Tobagonian; Tobagonians; Trinbagonian; Trinbagonians | Port of Spain; Port-of-Spain
TUN | Tunisia; Republic of Tunisia; Tunisie; Túnez; Tunesien | Tunisian; Tunisians | Tunis
TUR | Turkey{cased,common}; Türkiye; Turkiye; Republic of Türkiye; Republic of Turkey; Turquie; Turquía; Türkei; Turchia | Turkish; Turk; Turks; Turco{prefix} | Ankara
TKM | Turkmenistan; Turkmenia | Turkmen; Turkmens; Turkmenistani; Turkoman | Ashgabat; Ashkhabad
TCA | Turks and Caicos Islands; Turks and Caicos; TCI{cased} | Turks and Caicos Islander; Turks and Caicos Islanders | Cockburn Town
TUV | Tuvalu | Tuvaluan; Tuvaluans | Funafuti
UGA | Uganda; Republic of Uganda | Ugandan; Ugandans | Kampala
UKR | Ukraine; Ukraina; Ukrayina | Ukrainian; Ukrainians | Kyiv; Kiev; Kiew; Kyjiw
ARE | United Arab Emirates; UAE{cased}; U.A.E.{cased}; Emirates{cased}; Émirats arabes unis; Emiratos Árabes Unidos; Vereinigte Arabische Emirate | Emirati; Emiratis | Abu Dhabi
GBR | United Kingdom; United Kingdom of Great Britain and Northern Ireland; UK{cased}; U.K.{cased}; Britain; Great Britain; England; Scotland; Wales{cased}; Northern Ireland; Royaume-Uni; Reino Unido; Regno Unito; Grande-Bretagne; Gran Bretaña; Großbritannien; Grossbritannien; Vereinigtes Königreich | British; Briton; Britons; Brit{cased}; Brits{cased}; English; Englishman; Englishmen; Englishwoman; Scottish; Scot; Scots; Scotsman; Scotsmen; Welsh{cased}; Northern Irish; Anglo{prefix} | London; Londres
USA | United States; United States of America; US{cased}; U.S.{cased}; USA{cased}; U.S.A.{cased}; America; Estados Unidos; États-Unis; Etats-Unis; EE.UU.{cased}; EE. UU.{cased}; EEUU{cased}; Vereinigte Staaten; Stati Uniti; New Mexico; New Jersey; New England | American; Americans | Washington{cased,person,usstate}; Washington, D.C.; Washington D.C.; Washington DC
VIR | United States Virgin Islands; US Virgin Islands; U.S. Virgin Islands; USVI{cased}; Virgin Islands{ambiguous} | Virgin Islander{ambiguous}; Virgin Islanders{ambiguous} | Charlotte Amalie
URY | Uruguay; Oriental Republic of Uruguay | Uruguayan; Uruguayans | Montevideo
UZB | Uzbekistan; Republic of Uzbekistan; Ouzbékistan; Usbekistan | Uzbek; Uzbeks; Uzbekistani; Uzbekistanis | Tashkent; Toshkent
VUT | Vanuatu; Republic of Vanuatu; New Hebrides | Ni-Vanuatu; Vanuatuan; Vanuatuans | Port Vila; Port-Vila
VEN | Venezuela; Bolivarian Republic of Venezuela | Venezuelan; Venezuelans | Caracas
VNM | Vietnam; Viet Nam; Việt Nam; Viêt Nam; Socialist Republic of Vietnam | Vietnamese | Hanoi; Ha Noi; Hà Nội
WLF | Wallis and Futuna; Wallis and Futuna Islands; Wallis-et-Futuna | Wallisian; Wallisians; Futunan; Futunans | Mata-Utu; Mata Utu
ESH | Western Sahara; Sahrawi Arab Democratic Republic; Sahara Occidental | Sahrawi; Sahrawis; Saharawi; Saharawis; Western Saharan | Laayoune; Laâyoune; El Aaiún; El Aaiun
YEM | Yemen; Republic of Yemen; Yémen; Jemen | Yemeni; Yemenis; Yemenite | Sanaa; Sana'a; Sana’a; Sana{cased}; Aden
ZMB | Zambia; Republic of Zambia; Northern Rhodesia | Zambian; Zambians | Lusaka
ZWE | Zimbabwe; Republic of Zimbabwe; Rhodesia; Southern Rhodesia | Zimbabwean; Zimbabweans; Rhodesian; Rhodesians | Harare
TWN | Taiwan; Republic of China; ROC{cased}; Formosa; Chinese Taipei; Taïwan | Taiwanese | Taipei
KSV | Kosovo; Republic of Kosovo; Kosova | Kosovar; Kosovars; Kosovan; Kosovans | Pristina; Prishtina; Priština; Prishtinë
CUW | Curaçao; Curacao | Curaçaoan; Curaçaoans; Curacaoan; Curacaoans | Willemstad
SXM | Sint Maarten | Sint Maartener; Sint Maarteners | Philipsburg
BES | Bonaire, Sint Eustatius and Saba; Caribbean Netherlands; Bonaire; Sint Eustatius; Statia | Bonairean; Bonaireans | Kralendijk
BLM | Saint Barthélemy; Saint Barthelemy; Saint-Barthélemy; St Barts; St. Barts; St Barths; St. Barths | Barthélemois | Gustavia
MAF | Saint Martin; Saint-Martin; St Martin; St. Martin; Collectivity of Saint Martin | Saint-Martinois | Marigot
GGY | Guernsey{cased,common}; Bailiwick of Guernsey | | St Peter Port; St. Peter Port; Saint Peter Port
JEY | Jersey{cased,common,usstate}; Bailiwick of Jersey | | St Helier; St. Helier; Saint Helier
SUN | Soviet Union; USSR{cased}; U.S.S.R.{cased}; Union of Soviet Socialist Republics; URSS{cased} | Soviet; Soviets |
YUG | Yugoslavia; Socialist Federal Republic of Yugoslavia; SFRY{cased}; SFR Yugoslavia; Jugoslavija | Yugoslav; Yugoslavs; Yugoslavian; Yugoslavians |
SCG | Serbia and Montenegro; Serbia-Montenegro; State Union of Serbia and Montenegro; Federal Republic of Yugoslavia; FRY{cased,common} | |
CSK | Czechoslovakia; Czecho-Slovakia; Czechoslovak Socialist Republic; Czech and Slovak Federative Republic; ČSSR{cased}; CSSR{cased} | Czechoslovak; Czechoslovaks; Czechoslovakian; Czechoslovakians |
DDR | East Germany; German Democratic Republic; GDR{cased}; DDR{cased} | East German; East Germans | East Berlin
YMD | South Yemen; People's Democratic Republic of Yemen; Democratic Yemen; PDRY{cased} | South Yemeni; South Yemenis |
ZAR | Zaire; Zaïre; Republic of Zaire | Zairean; Zaireans; Zairian; Zairians; Zairois |
BYS | Byelorussian SSR; Byelorussian Soviet Socialist Republic; Byelorussia; BSSR{cased} | Byelorussian; Byelorussians |
"""

# Gaza carries Phoenix's sub-code GZA (the gold sets expect PSEGZA).
EXTRA_NAMES = r"""
PSEGZA | Gaza; Gaza Strip; Gaza City; Ghazzah | Gazan; Gazans |
"""

# code | text{flags}
SEATS = r"""
USAGOV | White House
USAGOV | Oval Office
USAGOV | West Wing
USAGOV | State Department
USAGOV | US State Department
USAGOV | U.S. State Department
USAGOV | Department of State
USAGOV | Foggy Bottom
USAMIL | Pentagon
USALEG | Capitol Hill
USALEG | Capitol{cased}
USALEG | US Congress
USALEG | U.S. Congress
USASPY | CIA{cased}
USASPY | Central Intelligence Agency
USASPY | Langley{cased,person}
USASPY | NSA{cased}
USASPY | National Security Agency
USACOP | FBI{cased}
USACOP | Federal Bureau of Investigation
USACOP | DEA{cased}
USAJUD | SCOTUS{cased}
USAJUD | US Supreme Court
USAJUD | U.S. Supreme Court
RUSGOV | Kremlin
RUSGOV | Moscow Kremlin
RUSLEG | State Duma
RUSLEG | Duma{cased}
RUSLEG | Federation Council
RUSSPY | FSB{cased}
RUSSPY | Federal Security Service
RUSSPY | Lubyanka
RUSSPY | SVR{cased}
RUSSPY | GRU{cased}
GBRGOV | Downing Street
GBRGOV | Number 10{cased}
GBRGOV | No 10{cased}
GBRGOV | No. 10{cased}
GBRGOV | Whitehall
GBRGOV | Foreign, Commonwealth and Development Office
GBRGOV | Foreign and Commonwealth Office
GBRGOV | FCDO{cased}
GBRLEG | Westminster
GBRLEG | House of Commons
GBRLEG | House of Lords
GBRSPY | MI6{cased}
GBRSPY | MI5{cased}
GBRSPY | GCHQ{cased}
FRAGOV | Élysée
FRAGOV | Elysee
FRAGOV | Élysée Palace
FRAGOV | Elysee Palace
FRAGOV | Élysée palace
FRAGOV | Quai d'Orsay
FRAGOV | Quai d’Orsay
FRAGOV | Matignon
FRALEG | Palais Bourbon
FRASPY | DGSE{cased}
DEUGOV | Kanzleramt
DEUGOV | Bundeskanzleramt
DEUGOV | Bundesregierung
DEULEG | Bundestag
DEULEG | Bundesrat
DEULEG | Reichstag
DEUMIL | Bundeswehr
DEUSPY | BND{cased}
CHNGOV | Zhongnanhai
CHNMIL | People's Liberation Army
CHNMIL | People’s Liberation Army
CHNMIL | PLA{cased}
CHNLEG | National People's Congress
CHNLEG | NPC{cased}
JPNGOV | Kantei
JPNGOV | Kasumigaseki
JPNGOV | Nagatacho
JPNMIL | Self-Defense Forces
JPNMIL | Self-Defence Forces
JPNMIL | Japan Self-Defense Forces
KORGOV | Blue House{cased}
KORGOV | Cheong Wa Dae
PRKMIL | Korean People's Army
PRKMIL | KPA{cased}
ISRLEG | Knesset
ISRMIL | Israel Defense Forces
ISRMIL | Israel Defence Forces
ISRMIL | IDF{cased}
ISRSPY | Mossad
ISRSPY | Shin Bet
ISRSPY | Shabak
PSEGOV | Palestinian Authority
PSEGOV | Palestinian National Authority
PSEGOV | Mukataa
PSEGOV | Muqataa
IRNMIL | Islamic Revolutionary Guard Corps
IRNMIL | Revolutionary Guard Corps
IRNMIL | Revolutionary Guards
IRNMIL | Revolutionary Guard
IRNMIL | IRGC{cased}
IRNMIL | Quds Force
IRNLEG | Majlis
INDGOV | South Block
INDGOV | Raisina Hill
INDLEG | Lok Sabha
INDLEG | Rajya Sabha
PAKSPY | ISI{cased}
PAKSPY | Inter-Services Intelligence
UKRLEG | Verkhovna Rada
UKRLEG | Rada{cased}
UKRGOV | Bankova
UKRSPY | SBU{cased}
POLLEG | Sejm
ESPGOV | Moncloa
ESPGOV | La Moncloa
ITAGOV | Palazzo Chigi
ITAGOV | Quirinale
ITAGOV | Farnesina
BRAGOV | Planalto
BRAGOV | Palácio do Planalto
BRAGOV | Itamaraty
ARGGOV | Casa Rosada
CHLGOV | La Moneda
VENGOV | Miraflores Palace
VENGOV | Miraflores{cased}
MEXGOV | Palacio Nacional
PHLGOV | Malacañang
PHLGOV | Malacanang
PHLGOV | Malacañang Palace
MMRMIL | Tatmadaw
TWNLEG | Legislative Yuan
TWNGOV | Executive Yuan
ZAFGOV | Union Buildings
CANLEG | Parliament Hill
NLDGOV | Binnenhof
SWELEG | Riksdag
NORLEG | Storting
DNKLEG | Folketing
FINLEG | Eduskunta
IRLLEG | Dáil
IRLLEG | Dail{cased}
IRLLEG | Oireachtas
ISLLEG | Althing
IRQGOV | Kurdistan Regional Government
IRQGOV | KRG{cased}
IRQMIL | Peshmerga
AFGLEG | Loya Jirga
TURLEG | Grand National Assembly
"""

# code | region names | region adjectives (kind adj)
REGIONS = r"""
AFR | Africa; Afrique; África; Sub-Saharan Africa; Subsaharan Africa | African; Africans; Afro{prefix}
ASA | Asia; Asia-Pacific; Asia Pacific; Indo-Pacific | Asian; Asians
BLK | Balkans; Balkan Peninsula | Balkan
CRB | Caribbean | Caribbeans
CAU | Caucasus; South Caucasus; Transcaucasia |
CFR | Central Africa |
CAS | Central Asia | Central Asian; Central Asians
CEU | Central Europe | Central European; Central Europeans
EIN | East Indies |
EAF | Eastern Africa; East Africa; Horn of Africa | East African; East Africans
EEU | Eastern Europe; East Europe | Eastern European; Eastern Europeans; East European; East Europeans
EUR | Europe; Continental Europe | European; Europeans; Euro{prefix}
LAM | Latin America; América Latina; Amérique latine | Latin American; Latin Americans
MEA | Middle East; Mideast; Near East; Levant; MENA{cased}; Moyen-Orient; Oriente Medio | Middle Eastern; Levantine
MDT | Mediterranean; Mediterranean Sea |
NAF | North Africa; Maghreb; Maghrib | North African; North Africans; Maghrebi; Maghrebian
NMR | North America | North American; North Americans
PGS | Persian Gulf; Arabian Gulf; Gulf{cased,common}; Gulf region; Gulf states | Gulf Arab
SCN | Scandinavia; Nordic countries; Nordics | Scandinavian; Scandinavians; Nordic
SAM | South America | South American; South Americans
SAS | South Asia; Indian subcontinent | South Asian; South Asians
SEA | Southeast Asia; South-East Asia; South East Asia; Indochina | Southeast Asian; Southeast Asians; South-East Asian; South East Asian
SAF | Southern Africa | Southern African; Southern Africans
WAF | West Africa; Western Africa; Sahel | West African; West Africans
WST | West{cased,common}; Western world; Western powers; Western nations; Western countries; Occident | Western{cased,common}; Westerners
"""

# Comment lines written just above a row: (code, kind, text) -> comment.
NOTES = {
    ("CAF", "adj", "Central African"): "'Central African' is both the CAR demonym and the adjective of the CAMEO region CFR (Central Africa); default CAF (ambiguous).",
    ("COD", "name", "Congo"): "'Congo' alone is shared by COD (Kinshasa) and COG (Brazzaville); default COD as most English news uses it (note: Phoenix codes bare CONGO as COG).",
    ("COD", "adj", "Congolese"): "'Congolese' is the demonym of both Congos; default COD. COG therefore has no adjective row of its own.",
    ("DOM", "adj", "Dominican"): "'Dominican(s)' is the demonym of both the Dominican Republic (DOM) and Dominica (DMA), and also a religious order; default DOM. DMA therefore has no adjective row.",
    ("GIN", "name", "Guinea"): "'Guinea' alone: Republic of Guinea (GIN) by default; Equatorial Guinea, Guinea-Bissau and Papua New Guinea are longer names that win by longest match.",
    ("GIN", "adj", "Guinean"): "'Guinean(s)' defaults to GIN (Equatorial Guineans and Bissau-Guineans have their own forms).",
    ("KOR", "name", "Korea"): "'Korea' alone is shared by South Korea (KOR) and North Korea (PRK); default KOR, as news coders do. 'Korean(s)' likewise.",
    ("LBY", "capital", "Tripoli"): "Tripoli is the capital of Libya and also a city of Lebanon; default LBY.",
    ("PNG", "name", "New Guinea"): "'New Guinea' is the island shared by Papua New Guinea and Indonesia (Papua); default PNG. 'New Britain' is a PNG island (guards the match of 'Britain').",
    ("VIR", "name", "Virgin Islands"): "'Virgin Islands' alone: US Virgin Islands (VIR) by default; the British Virgin Islands (VGB) have a longer name. 'Virgin Islander(s)' likewise defaults to VIR.",
    ("PSE", "name", "West Bank"): "West Bank: CAMEO's lookup also has a sub-national code WSB; Phoenix (and the gold sets) code it PSE, which is used here.",
    ("PSEGZA", "name", "Gaza"): "Gaza: CAMEO's lookup has GZS (Gaza Strip); Phoenix and the gold sets use the sub-code PSEGZA, used here (GZA is a Phoenix-only chunk).",
    ("IRQ", "capital", "Baghdad"): "Baghdad: CAMEO's lookup has a sub-national code BAG, but coders (Phoenix) use IRQ for the capital as for every other capital.",
    ("ISR", "capital", "Jerusalem"): "Jerusalem is Israel's seat of government (status disputed; PSE claims East Jerusalem). Tel Aviv is kept as the older metonym still used in news.",
    ("BEL", "capital", "Brussels"): "Brussels stands for Belgium here; it is also a metonym for the EU (IGOEUREEC), which the coder must take from context.",
    ("NLD", "capital", "Amsterdam"): "Amsterdam is the constitutional capital, The Hague the seat of government; The Hague also hosts the ICJ and the ICC.",
    ("MKD", "name", "Macedonia"): "'Macedonia' is also a region of Greece; as a state name it is North Macedonia (MKD).",
    ("NGA", "name", "Niger Delta"): "'Niger Delta' is a Nigerian region, listed so that longest match keeps it from coding Niger (NER).",
    ("USA", "name", "New Mexico"): "US states whose names contain a state name (New Mexico, New Jersey, New England) are listed as USA so that longest match keeps them from Mexico/Jersey/England.",
    ("AUS", "name", "New South Wales"): "New South Wales is an Australian state, listed so that longest match keeps it from coding Wales (GBR).",
    ("CYP", "name", "Northern Cyprus"): "The unrecognised Turkish Republic of Northern Cyprus has no CAMEO code; coded CYP.",
    ("SOM", "name", "Somaliland"): "Somaliland (self-declared, unrecognised) has no CAMEO code; coded SOM.",
    ("DEU", "name", "West Germany"): "West Germany (FRG, 1949-1990) is coded DEU, East Germany DDR.",
    ("SCG", "name", "Federal Republic of Yugoslavia"): "The Federal Republic of Yugoslavia (1992-2003) became Serbia and Montenegro; Phoenix codes both SCG.",
    ("BYS", "adj", "Byelorussian"): "'Byelorussian' (Soviet-era spelling) is coded BYS; modern 'Belarusian'/'Belorussian' are BLR.",
    ("YEM", "capital", "Aden"): "Aden was the capital of South Yemen (YMD) and is the interim seat of Yemen's recognised government since 2015; coded YEM.",
    ("SDN", "capital", "Port Sudan"): "Port Sudan: seat of Sudan's army-led government since 2023.",
    ("RUS", "capital", "Moscow"): "Moscow, Idaho exists but is rare in news.",
    ("ARE", "name", "Emirates"): "'Emirates' is also the airline; cased.",
    ("IND", "adj", "Indo"): "'Indo' as in Indo-Pakistani; 'Indo-Pacific' is listed as a region (ASA) so that the longer text wins.",
    ("ASA", "region", "Asia-Pacific"): "Asia-Pacific and Indo-Pacific have no CAMEO code of their own; coded Asia (ASA).",
    ("IND", "adj", "Indians"): "'Indians' can mean Native Americans; coded IND as news coders do.",
}

# Code-level comment lines written above a state's block.
BLOCK_NOTES = {
    "ROU": "GDELT's lookup also lists older codes ROM (Romania), TMP (East Timor), MTN (Montenegro) and IMY (Isle of Man); these tables use the ISO/Phoenix codes ROU, TLS, MNE and IMN.",
    "TWN": "Taiwan: 'Republic of China' is TWN and 'People's Republic of China' CHN; the longer text wins.",
    "COG": "Republic of the Congo (Brazzaville): 'Democratic Republic of the Congo' is longer and codes COD.",
    "SUN": "Historical states (CAMEO/Phoenix codes): Soviet Union, Yugoslavia, Serbia and Montenegro, Czechoslovakia, East Germany, South Yemen, Zaire, Byelorussian SSR. Their capitals are coded as the successor state.",
}
