"""Organisation data for build_actor_tables.py (stdlib only, no I/O).

One line per organisation:  CODE | names | abbreviations
Abbreviations are written with kind `abbr` and always flagged `cased`.

Codes follow the CAMEO codebook's layout (top-level IGO/NGO/IMG or a
country, then sector codes, then a known-group code from the shared reference
table cameo_known_groups.tsv) and, where the Phoenix dictionaries (MIT,
openeventdata: Phoenix.International/MilNonState/Countries.actors.txt) give a
code, that code, since the gold sets were coded with them. Where Phoenix has
no entry, the code is built the same way; such lines are marked "(built)".
"""

ORGS = r"""
# ---- United Nations system
IGOUNO | United Nations; Nations Unies; Naciones Unidas; Vereinte Nationen; Organisation des Nations unies; United Nations Organization; UN Secretariat; United Nations Secretariat; UN Secretary-General; UN Secretary General; U.N. Secretary-General; United Nations Secretary-General; UN chief; U.N. chief; UN Security Council; U.N. Security Council; United Nations Security Council; Security Council{cased}; UN General Assembly; U.N. General Assembly; United Nations General Assembly; Department of Peacekeeping Operations; UN Office for the Coordination of Humanitarian Affairs; Office for the Coordination of Humanitarian Affairs; UN Women; UN humanitarian office | UN; U.N.; UNO; ONU; UNSC; UNGA; DPKO; OCHA
# UN peacekeeping and political missions (Phoenix codes MONUC, UNMIN ... as IGOUNO)
IGOUNO | United Nations Interim Force in Lebanon; UN Interim Force in Lebanon; UN Mission in South Sudan | MONUSCO; MONUC; UNIFIL; UNAMID; UNMISS; MINUSMA; MINUSCA; UNAMA; UNAMI; UNDOF; UNFICYP; UNMIK; UNSMIL; UNTSO; MINURSO; UNMIL; UNOCI; UNMIN; UNSOM
IGOUNOHRI | UN Human Rights Council; U.N. Human Rights Council; United Nations Human Rights Council; Human Rights Council{cased} | UNHRC
IGOUNOHRIHCH | Office of the High Commissioner for Human Rights; UN High Commissioner for Human Rights; United Nations High Commissioner for Human Rights; UN human rights office; U.N. human rights office; UN human rights chief; UN High Commission for Human Rights; United Nations Commission for Human Rights | OHCHR
IGOUNOREFHCR | UN refugee agency; U.N. refugee agency; United Nations refugee agency; UN High Commissioner for Refugees; United Nations High Commissioner for Refugees; Office of the United Nations High Commissioner for Refugees; UN High Commission for Refugees | UNHCR
IGOUNOKID | Unicef{cased}; UN Children's Fund; United Nations Children's Fund; UN children's agency; U.N. children's agency | UNICEF
IGOUNOHLHWHO | World Health Organization; World Health Organisation; World Health Assembly; Organisation mondiale de la santé; Organización Mundial de la Salud | WHO; OMS
IGOUNOAGRFAO | Food and Agriculture Organization; Food and Agriculture Organisation; UN Food and Agriculture Organization; United Nations Food and Agriculture Organization | FAO
IGOUNOWFP | World Food Programme; World Food Program; UN World Food Programme; U.N. World Food Programme | WFP
IGOUNOLABILO | International Labour Organization; International Labor Organization; International Labour Organisation; International Labour Office | ILO
IGOUNOIAE | International Atomic Energy Agency; UN nuclear watchdog; U.N. nuclear watchdog; UN atomic watchdog; U.N. atomic watchdog | IAEA
IGOUNOJUDICJ | International Court of Justice; World Court | ICJ
IGOUNOJUDWCT | International War Crimes Tribunal; International Criminal Tribunal for the former Yugoslavia; International Criminal Tribunal for Rwanda; UN war crimes tribunal; U.N. war crimes tribunal; International Residual Mechanism for Criminal Tribunals | ICTY; ICTR
IGOUNODEV | United Nations Educational, Scientific and Cultural Organization; UN Educational, Scientific and Cultural Organization; United Nations Development Programme; UN Development Programme; U.N. Development Programme | UNESCO; UNDP
# (built) UN agencies Phoenix does not list, with the UN sector layout
IGOUNOREF | UN Relief and Works Agency; United Nations Relief and Works Agency; United Nations Relief and Works Agency for Palestine Refugees; UN agency for Palestinian refugees; U.N. agency for Palestinian refugees | UNRWA
IGOUNOHLH | United Nations Population Fund; UN Population Fund; Joint United Nations Programme on HIV/AIDS | UNFPA; UNAIDS
IGOUNOENV | United Nations Environment Programme; UN Environment Programme; Intergovernmental Panel on Climate Change; UN climate panel; United Nations Framework Convention on Climate Change | UNEP; IPCC; UNFCCC
IGOUNOBUS | International Civil Aviation Organization; UN Conference on Trade and Development; United Nations Conference on Trade and Development | ICAO; UNCTAD
IGOUNOIOM | International Organization for Migration; International Organisation for Migration; UN migration agency; U.N. migration agency | IOM
# ---- Courts and police
IGOJUDICC | International Criminal Court; Cour pénale internationale; Corte Penal Internacional | ICC
IGOCOPITP | Interpol{cased}; International Criminal Police Organization; International Criminal Police Organisation | INTERPOL
# (built) European police agency
IGOEURCOP | Europol{cased}; European Union Agency for Law Enforcement Cooperation |
IGO | Organization for the Prohibition of Chemical Weapons; Organisation for the Prohibition of Chemical Weapons; chemical weapons watchdog; Permanent Court of Arbitration; International Maritime Organization; Arctic Council; Pacific Islands Forum; Group of Twenty; Group of 20 | OPCW; G20; G-20; BRICS
# ---- Europe
IGOEUREEC | European Union; Union européenne; Unión Europea; Europäische Union; Unione europea; European Commission; EU Commission; Commission européenne; European Parliament; European Council; Council of the European Union; Council of the EU; EU Council; European Community; European Communities; European Economic Community; Common Market; European External Action Service; Eurogroup; Frontex{cased} | EU; E.U.; UE; EEC; EEAS
# (built) EU court and central bank: region + sector + EEC
IGOEURJUDEEC | European Court of Justice; Court of Justice of the European Union | ECJ; CJEU
IGOEURBUSEEC | European Central Bank | ECB
IGOEURCOE | Council of Europe; Conseil de l'Europe |
# (built) Council of Europe's court
IGOEURJUDCOE | European Court of Human Rights | ECHR; ECtHR
IGOEURSCE | Organization for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe; Organisation for Security and Co-operation in Europe; Organisation for Security and Cooperation in Europe; Conference on Security and Co-operation in Europe | OSCE; CSCE
IGOWSTNAT | North Atlantic Treaty Organization; North Atlantic Treaty Organisation; Atlantic Alliance; North Atlantic Alliance; Organisation du traité de l'Atlantique nord | NATO; OTAN
IGOEURDEVEBR | European Bank for Reconstruction and Development | EBRD
IGOEURBUSEFT | European Free Trade Association | EFTA
IGOSCN | Nordic Council |
# (built) central European bloc
IGOCEU | Visegrad Group; Visegrád Group; Visegrad Four | V4
IGOCASCIS | Commonwealth of Independent States | CIS
# (built) post-Soviet blocs, Central Asia region as Phoenix does for the SCO
IGOCAS | Shanghai Cooperation Organization; Shanghai Cooperation Organisation; Collective Security Treaty Organization; Collective Security Treaty Organisation | SCO; CSTO
IGOCASBUS | Eurasian Economic Union; Eurasian Economic Community | EAEU; EEU
# ---- Americas
IGOOAS | Organization of American States; Organisation of American States; Organización de los Estados Americanos | OAS; OEA
IGOSAM | Andean Community; Comunidad Andina |
# (built) Latin American blocs and bank (Phoenix writes IGONAMDEV for the IDB, but NAM is Namibia)
IGOSAMBUS | Mercosur{cased}; Southern Common Market; Mercado Común del Sur; Mercosul{cased} | MERCOSUR
IGOCRB | Caribbean Community; Caricom{cased} | CARICOM
IGOLAM | Community of Latin American and Caribbean States | CELAC
IGOLAMDEV | Inter-American Development Bank | IADB; IDB
# ---- Africa
IGOAFRAFU | African Union; African Union Commission; AU Commission; Union africaine | AU; AMISOM; ATMIS
IGOAFROAU | Organization of African Unity; Organisation of African Unity | OAU
IGOWAFWAS | Economic Community of West African States; Communauté économique des États de l'Afrique de l'Ouest | ECOWAS; CEDEAO; ECOMOG
IGOSAFSAD | Southern African Development Community | SADC
IGOEAFDEVIAD | Intergovernmental Authority on Development; Inter-Governmental Authority on Development | IGAD
IGOEAFEAC | East African Community |
IGOCAFECA | Economic Community of Central African States | ECCAS; CEEAC
IGOAFRBCA | Bank of Central African States; Banque des États de l'Afrique centrale | BEAC
IGOAFRDEVAFB | African Development Bank; Banque africaine de développement | AfDB; AFDB
# (built) regional blocs with CAMEO known-group codes
IGOWAFUEM | West African Economic and Monetary Union; Union économique et monétaire ouest-africaine | UEMOA; WAEMU
IGOEAFBUSCEM | Common Market for Eastern and Southern Africa | COMESA
IGOAFRCSS | Community of Sahel-Saharan States | CEN-SAD
IGONAFAMU | Arab Maghreb Union; Maghreb Arab Union |
# ---- Middle East, Islamic world, Asia
IGOMEAARL | Arab League; League of Arab States; Ligue arabe; Liga Árabe |
IGOPGSGCC | Gulf Cooperation Council; Cooperation Council for the Arab States of the Gulf; Gulf Co-operation Council | GCC
IGOMOSOIC | Organization of Islamic Cooperation; Organisation of Islamic Cooperation; Organization of the Islamic Conference; Organisation of the Islamic Conference; Organization of Islamic Conference | OIC
IGOMOSDEVIDB | Islamic Development Bank | IsDB
IGOSEAASN | Association of Southeast Asian Nations; Association of South East Asian Nations; Association of South-East Asian Nations; Association of Southeast Asia Nations | ASEAN
IGOSASSAA | South Asian Association for Regional Cooperation; South Asian Association | SAARC
IGOASADEVADB | Asian Development Bank | ADB
# (built) Asian bank and forum
IGOASADEV | Asian Infrastructure Investment Bank | AIIB
IGOASABUS | Asia-Pacific Economic Cooperation; Asia Pacific Economic Cooperation | APEC
IGOSEASOT | Southeast Asia Treaty Organization; South East Asia Treaty Organization; Southeast Asia Collective Defense Treaty | SEATO
# ---- Economic and financial bodies, groups of states
IGOBUSIMF | International Monetary Fund; Fonds monétaire international; Fondo Monetario Internacional | IMF; FMI
IGOUNODEVWBK | World Bank; World Bank Group; Banque mondiale; Banco Mundial; Weltbank; International Bank for Reconstruction and Development | IBRD
# (built) WTO with the IMF's layout (business sector + known group WTO)
IGOBUSWTO | World Trade Organization; World Trade Organisation; Organisation mondiale du commerce; Organización Mundial del Comercio | WTO; OMC
IGOBUSBIS | Bank for International Settlements | BIS
# (built) Paris Club, known group PRC
IGOBUSPRC | Paris Club; Club de Paris |
IGOWSTBUS | Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development; Organisation for Economic Cooperation and Development; International Energy Agency | OECD; IEA
IGOOPC | Organization of the Petroleum Exporting Countries; Organization of Petroleum Exporting Countries; Organisation of the Petroleum Exporting Countries; OPEC Plus; OPEC+ | OPEC
# (built) OAPEC: Phoenix writes IGOARBBUSAPE, ARB is no CAMEO code; Middle East region used
IGOMEABUSAPE | Organization of Arab Petroleum Exporting Countries; Organisation of Arab Petroleum Exporting Countries | OAPEC
IGOGOS | Group of Seven; Group of 7 | G7; G-7
IGOGOE | Group of Eight; Group of 8 | G8; G-8
IGOBUSGSS | Group of 77; Group of Seventy-Seven | G77; G-77
IGONON | Non-Aligned Movement; Non-Aligned Countries; Organization of Non-Aligned Countries; Nonaligned Movement |
IGOCWN | Commonwealth of Nations; British Commonwealth; Commonwealth Secretariat |
NGOBUSWEF | World Economic Forum | WEF
# ---- Non-governmental organisations
NGOHLHIRC | International Committee of the Red Cross; Red Cross; Red Crescent; International Federation of Red Cross and Red Crescent Societies; Red Cross and Red Crescent; Croix-Rouge; Cruz Roja; Rotes Kreuz; Comité international de la Croix-Rouge; Palestine Red Crescent Society; Palestinian Red Crescent; Syrian Arab Red Crescent | ICRC; IFRC; CICR
NGOHRIAMN | Amnesty International; Amnesty{cased,common}; Amnistía Internacional |
NGOHRI | Human Rights Watch; Freedom House | HRW
# (built) FIDH with its known-group code
NGOHRIFID | International Federation for Human Rights; Fédération internationale pour les droits humains; Fédération internationale des ligues des droits de l'homme | FIDH
NGOHLHMSF | Médecins Sans Frontières; Medecins Sans Frontieres; Médecins sans frontières; Doctors Without Borders; Doctors without Borders | MSF
NGOHLH | Médecins du Monde; Medecins du Monde; Doctors of the World |
NGOXFM | Oxfam{cased}; Oxfam International |
NGOENV | Greenpeace{cased}; World Wildlife Fund; World Wide Fund for Nature; Friends of the Earth | WWF
NGOICG | International Crisis Group; Crisis Group{cased} | ICG
NGODEV | Save the Children; Save the Children Fund; Transparency International; CARE International |
NGOHRIMED | Reporters Without Borders; Reporters sans frontières; Reporters Sans Frontieres; Committee to Protect Journalists | CPJ
NGOREF | Norwegian Refugee Council; International Rescue Committee |
# ---- Armed groups, militant movements and parties
PSEREBHMS | Hamas{cased}; Islamic Resistance Movement; Harakat al-Muqawama al-Islamiya; Ezzedine al-Qassam Brigades; Izz ad-Din al-Qassam Brigades; Izz al-Din al-Qassam Brigades; Qassam Brigades; al-Qassam Brigades | HAMAS
LBNREB | Hezbollah; Hizbollah; Hizbullah; Hizballah; Hezbullah; Hezballah; Hizb Allah; Hisbollah |
AFGREB | Taliban; Taleban; Afghan Taliban; Islamic Emirate; Haqqani network |
PAKREB | Pakistani Taliban; Tehrik-i-Taliban Pakistan; Tehreek-e-Taliban Pakistan; Tehrik-e-Taliban Pakistan | TTP
IMGMUSALQ | al-Qaeda; al-Qaida; al Qaeda; al Qaida; Al-Qaeda; al-Qa'ida; al-Qa’ida; Al Qaeda; Qaeda; Abu Nidal Organization |
IMG | al-Qaeda in the Arabian Peninsula; Al-Qaeda in the Arabian Peninsula | AQAP
AFRREB | al-Qaeda in the Islamic Maghreb; Al-Qaeda in the Islamic Maghreb | AQIM
IMGMUSISI | Islamic State; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria; Islamic State of Iraq and al-Sham; Islamic State in Iraq and Syria; Islamic State of Iraq; Daesh; Daish; Da'esh; Da’esh; Daiish; Islamic State Khorasan Province; Islamic State West Africa Province; Islamic State Khorasan | ISIS; ISIL; ISKP; ISIS-K; IS-K; ISWAP
SYRREBMUS | Nusra Front; al-Nusra Front; Jabhat al-Nusra; Jabhat al-Nusrah; Jabhat Fateh al-Sham; Hayat Tahrir al-Sham; Hay'at Tahrir al-Sham; Hayat Tahrir al Sham; Ahrar al-Sham; Ahrar al Sham | HTS
SYRREB | Free Syrian Army; Syrian National Army; Syrian Democratic Forces; People's Protection Units; People’s Protection Units; Kurdish Democratic Union Party | FSA; SDF; YPG; PYD
TURREB | Kurdistan Workers' Party; Kurdistan Workers’ Party; Kurdistan Workers Party; Kongra-Gel | PKK; KADEK
IRQREB | Kurdistan Democratic Party; Patriotic Union of Kurdistan; Mahdi Army; Jaish al-Mahdi; Kataib Hezbollah; Kata'ib Hezbollah; Ansar al-Islam; Ansar al-Sunnah | KDP; PUK
IRQMIL | Popular Mobilization Forces; Popular Mobilisation Forces; Popular Mobilization Units; Hashd al-Shaabi; Hashed al-Shaabi | PMF; PMU
YEMREB | Houthis{cased}; Houthi{cased}; Huthis{cased}; Huthi{cased}; Houthi movement; Ansar Allah; Ansarullah |
NGAREB | Boko Haram{cased}; Jama'atu Ahlis Sunna Lidda'awati wal-Jihad; Ansaru |
SOMREB | al-Shabaab; al-Shabab; al Shabaab; al Shabab; Al-Shabaab; Shabaab; Harakat al-Shabaab al-Mujahideen; Hizbul Shabaab |
COLREB | Revolutionary Armed Forces of Colombia; Fuerzas Armadas Revolucionarias de Colombia; National Liberation Army{ambiguous}; Ejército de Liberación Nacional; United Self-Defense Forces of Colombia; Autodefensas Unidas de Colombia | FARC; FARC-EP; ELN; AUC
ESPREB | Euskadi Ta Askatasuna; Basque Homeland and Freedom; Basque Fatherland and Liberty | ETA
# (built) Phoenix writes WEUREB; WEU is no CAMEO code, so the state is used
GBRREB | Irish Republican Army; Provisional IRA; Provisional Irish Republican Army; Real IRA; Real Irish Republican Army; Continuity IRA; New IRA | IRA
EGYOPPMUS | Muslim Brotherhood; Muslim Brothers; Ikhwan; al-Ikhwan al-Muslimun; Society of the Muslim Brothers |
PSE | Fatah{cased} |
PSEREB | Palestine Liberation Organization; Palestine Liberation Organisation; Democratic Front for the Liberation of Palestine | PLO; DFLP
MEAREB | Popular Front for the Liberation of Palestine; Palestinian Islamic Jihad; Islamic Jihad{cased}; Al-Quds Brigades; al-Quds Brigades; al-Aqsa Martyrs Brigades; Al-Aqsa Martyrs' Brigades; al-Aqsa Martyrs' Brigades | PFLP; PFLP-GC; PIJ
NAFREB | Polisario Front; Polisario{cased}; Frente Polisario |
LKAREB | Liberation Tigers of Tamil Eelam; Tamil Tigers | LTTE
PERREB | Shining Path; Sendero Luminoso |
PHLREB | Abu Sayyaf; Abu Sayyaf Group; Moro Islamic Liberation Front; New People's Army; New People’s Army | MILF; NPA
SEAREB | Jemaah Islamiyah; Jemaah Islamiya; Jemaah Islamiah |
SASREB | Lashkar-e-Taiba; Lashkar-e-Tayyiba; Lashkar-e-Toiba; Jaish-e-Mohammed; Jaish-e-Mohammad; Jaish-e-Muhammad | LeT; JeM
INDREB | Naxalites{cased}; Naxals{cased}; Communist Party of India (Maoist); Communist Party of India-Maoist |
MEXREB | Zapatista Army of National Liberation; Zapatistas{cased} | EZLN
# (built) cartels, crime sector
MEXCRM | Sinaloa Cartel; Jalisco New Generation Cartel; Cártel de Jalisco Nueva Generación | CJNG
# (built) Sudan and South Sudan: Phoenix dates these (SDNREB before 2011, SSDMIL after); current codes used
SSDMIL | Sudan People's Liberation Army; Sudan People’s Liberation Army | SPLA
SDNREB | Rapid Support Forces; Justice and Equality Movement; Sudan People's Liberation Movement-North; SPLM-North | JEM{ambiguous}; SPLM-N; RSF{ambiguous}
SDNUAF | Janjaweed{cased}; Janjawid{cased} |
CFRREB | Lord's Resistance Army; Lord’s Resistance Army | LRA
# (built) Phoenix writes ANGREB/KKLREB; ANG and KKL are no CAMEO codes
AGOREB | National Union for the Total Independence of Angola | UNITA
RWAREB | Democratic Forces for the Liberation of Rwanda | FDLR
CODREB | March 23 Movement; Mouvement du 23 mars | M23
MOZREB | Mozambican National Resistance; Resistência Nacional Moçambicana | RENAMO; Renamo
MLIREB | Ansar Dine; Ansar Eddine; Jama'at Nusrat al-Islam wal-Muslimin; Group for the Support of Islam and Muslims | JNIM
IMGREBMUS | Ansar al-Sharia; Ansar al-Shariah |
# (built) Russian private military company
RUSUAF | Wagner Group; Wagner PMC; PMC Wagner |
"""

# Comment lines written just above a row: (code, text) -> comment.
NOTES = {
    ("IGOUNO", "United Nations"): "IGOUNO covers the UN itself, its Secretariat, Secretary-General, Security Council and General Assembly, as in Phoenix. Agents attach: 'UN troops' -> IGOUNO + MIL.",
    ("IGO", "Group of Twenty"): "No CAMEO known-group code exists for the G20, BRICS, OPCW, the PCA, the IMO, the Arctic Council or the Pacific Islands Forum: plain IGO (Phoenix codes the OPCW IGO too).",
    ("IGOAFRAFU", "African Union"): "African Union: Phoenix's code IGOAFRAFU (AFU is a Phoenix-only chunk; the CAMEO lookup only has OAU for its predecessor).",
    ("IGOEAFEAC", "East African Community"): "East African Community: Phoenix's code IGOEAFEAC (EAC is a Phoenix-only chunk).",
    ("IGOWAFWAS", "Economic Community of West African States"): "ECOWAS: Phoenix codes the full name IGOWAFWAS and the acronym IGOWAFBUSWAS; one code, IGOWAFWAS, is used for both.",
    ("IGOEURSCE", "Organization for Security and Co-operation in Europe"): "OSCE: Phoenix has both plain IGO and IGOEURSCE; the specific one is used (CAMEO known group SCE).",
    ("IGOWSTBUS", "International Energy Agency"): "International Energy Agency: an OECD body, coded as the OECD (Phoenix writes IGOUNOAIE, but it is no UN agency and AIE no CAMEO code).",
    ("IGOLAMDEV", "Inter-American Development Bank"): "'IDB' is also CAMEO's known-group code of the Islamic Development Bank, but as an acronym in news it is the Inter-American Development Bank; the Islamic one is IsDB.",
    ("NGOHRI", "Human Rights Watch"): "Human Rights Watch: Phoenix codes NGOHRI (without the CAMEO known group HRW); Phoenix's code is used.",
    ("NGOENV", "Greenpeace"): "Greenpeace: Phoenix codes NGOENV; the GDELT type list has a GRP type for it, not used.",
    ("SDNREB", "JEM"): "'JEM' (Sudan's Justice and Equality Movement) and 'JeM' (Jaish-e-Mohammed, SASREB) differ only in case; both are cased abbreviations, flagged ambiguous here because case-blind checks see one text.",
    ("SDNREB", "RSF"): "'RSF' defaults to Sudan's Rapid Support Forces (far more frequent in news since 2023), flagged ambiguous; Reporters sans frontières is written out or 'Reporters Without Borders'.",
    ("SDNREB", "Rapid Support Forces"): "Rapid Support Forces: a state paramilitary until the April 2023 war; REB since (no dates in this table).",
    ("LBNREB", "Hezbollah"): "Hezbollah: Phoenix codes LBNREB (the CAMEO known group HEZ exists but Phoenix does not use it).",
    ("AFGREB", "Taliban"): "Taliban: Phoenix AFGREB. The Taliban are Afghanistan's de facto government since 2021-08-15; a coder using dates may prefer AFGGOV after that day.",
    ("IMGMUSALQ", "al-Qaeda"): "al-Qaeda: Phoenix IMGMUSALQ (MUS is Phoenix's Muslim code; CAMEO's religion table writes MOS). Phoenix also files the Abu Nidal Organization here.",
    ("IMGMUSISI", "Islamic State"): "Islamic State: Phoenix IMGMUSISI (ISI is a Phoenix-only chunk); the gold sets expect it. 'IS' alone is not listed (too many false hits).",
    ("YEMREB", "Houthis"): "Houthis: no Phoenix entry; YEMREB built. Phoenix's ANSAR_ALLAH [LBNREB] is an older Lebanese group; today 'Ansar Allah' is the Houthi movement.",
    ("SYRREB", "Syrian Democratic Forces"): "SDF, YPG, PYD: built as SYRREB (Phoenix codes the PYD SYRREB). 'SDF' is also Japan's Self-Defense Forces, written out in countries.tsv.",
    ("SYRREBMUS", "Hayat Tahrir al-Sham"): "HTS: built as Phoenix codes its predecessor al-Nusra (SYRREBMUS); HTS leads Syria's government since December 2024.",
    ("COLREB", "National Liberation Army"): "'National Liberation Army' is also the name of groups in Bolivia and elsewhere; default Colombia's ELN.",
    ("GBRREB", "Irish Republican Army"): "IRA: Phoenix writes WEUREB; WEU is not a CAMEO code, so GBRREB is used.",
    ("EGYOPPMUS", "Muslim Brotherhood"): "Muslim Brotherhood: EGYOPPMUS as in the gold sets (Egypt's opposition, Muslim); the CAMEO known group MBR is not used by them.",
    ("PSE", "Fatah"): "Fatah: Phoenix codes it PSE (Palestinian leadership); CAMEO known group FTA not used.",
    ("MEAREB", "Popular Front for the Liberation of Palestine"): "PFLP, Palestinian Islamic Jihad, al-Aqsa Martyrs Brigades: Phoenix codes MEAREB; kept.",
    ("IRQREB", "Kurdistan Democratic Party"): "KDP and PUK: Phoenix IRQREB (they are also the parties of the Kurdistan Regional Government, IRQGOV in countries.tsv).",
    ("RUSUAF", "Wagner Group"): "Wagner Group: a private military company tied to the Russian state; UAF (unaligned armed forces) built.",
    ("SSDMIL", "Sudan People's Liberation Army"): "SPLA: Phoenix SDNREB until 2011-07-11, SSDMIL after; the current code is used.",
}
