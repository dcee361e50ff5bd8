"""Agent (role noun) data for build_actor_tables.py (stdlib only, no I/O).

One line per group:  ROLE | default flags | item; item; ...
An item may add flags in braces: `President{title}`. Role codes are CAMEO
actor-type codes (shared reference cameo_actor_types.tsv); the choice of code
for each noun follows the CAMEO codebook's type definitions and, where they
disagree or are silent, what the Phoenix agents dictionary (PETRARCH) does.
Texts are matched case-insensitively unless flagged `cased`.
"""

AGENTS = r"""
# ---- Government (GOV)
GOV | head | government; governments; govt; administration; administrations; regime; regimes; authorities; officials; official; officialdom; ministry; ministries; cabinet; cabinets; presidency; junta; juntas; executive branch
GOV | weak | authority; leader; leaders; leadership; state; delegation; delegations; negotiator; negotiators; aide; aides; adviser; advisers; advisor; advisors; civil servant; civil servants; bureaucrat; bureaucrats; palace
GOV | head | minister{title}; ministers; cabinet minister; cabinet ministers; minister of state{title}; ministers of state; state secretary{title}; state secretaries; secretary of state{title}; secretaries of state; deputy minister{title}; deputy ministers; vice minister{title}; vice ministers; undersecretary{title}; undersecretaries; under secretary{title}; under secretaries; assistant secretary{title}; assistant secretaries
GOV | head | President{title}; presidents; Vice President{title}; vice presidents; Vice-President{title}; vice-presidents; President-elect{title}; Prime Minister{title}; prime ministers; Deputy Prime Minister{title}; deputy prime ministers; First Deputy Prime Minister{title}; Premier{title}; premiers; Chancellor{title}; chancellors; Vice Chancellor{title}; head of state; heads of state; head of government; heads of government; Supreme Leader{title}; State Councillor{title}; State Councilor{title}
GOV | head,cased | PM{title}
GOV | head | King{title}; kings; Queen{title}; queens; Emir{title}; emirs; Amir{title}; Sultan{title}; sultans; Crown Prince{title}; crown princes; Emperor{title}; emperors; monarch; monarchs
GOV | weak | Prince{title}; princes
GOV | head | ambassador{title}; ambassadors; envoy; envoys; special envoy; special envoys; diplomat; diplomats; top diplomat; chief diplomat; consul; consuls; consul general; consul-general; chargé d'affaires; charge d'affaires; embassy; embassies; consulate; consulates; foreign service
GOV | head | spokesman; spokesmen; spokeswoman; spokeswomen; spokesperson; spokespersons; spokespeople; press secretary{title}; press secretaries; government spokesman; government spokeswoman; national security adviser{title}; national security advisor{title}
GOV | head | governor{title}; governors; Governor-General{title}; mayor{title}; mayors; local authorities; local government; provincial government; regional government; state government; federal government; central government; customs officials
GOV | head | Attorney General{title}; attorneys general; Attorney-General{title}
# ---- Legislature (LEG)
LEG | head | parliament; parliaments; legislature; legislatures; congress; senate; senates; lower house; upper house; House of Representatives; National Assembly; lawmaker; lawmakers; legislator; legislators; parliamentarian; parliamentarians; member of parliament; members of parliament; senator{title}; senators; congressman{title}; congressmen; congresswoman{title}; congresswomen; Speaker{title}; speakers; parliament speaker; speaker of parliament; Speaker of the House{title}; legislative assembly; parliamentary committee; deputies
LEG | head,cased | MP{title}; MPs; Sen.{title}; Rep.{title}
LEG | weak | assembly; deputy; representatives
# ---- Judiciary (JUD)
JUD | head | court; courts; judge{title}; judges; judiciary; justices; Chief Justice{title}; Supreme Court; Constitutional Court; High Court; appeals court; court of appeals; appeal court; tribunal; tribunals; prosecutor; prosecutors; public prosecutor; chief prosecutor; Prosecutor General{title}; prosecutor-general; prosecution; magistrate; magistrates; lawyer; lawyers; defence lawyer; defense lawyer; defense attorney; judicial authorities
JUD | weak | attorney; attorneys
JUD | weak,cased | Justice{title}
# ---- Military (MIL)
MIL | head | military; militaries; army; armies; navy; navies; air force; air forces; armed forces; troops; soldier; soldiers; serviceman; servicemen; servicemembers; service members; marines; special forces; ground forces; naval forces; defense forces; defence forces; coast guard; national guard; paratroopers; commandos; sailors; infantry; peacekeepers; peacekeeping force; peacekeeping troops; paramilitary; paramilitaries; border guard; border guards; government forces; government troops; pro-government forces; regime forces; warplane; warplanes; fighter jet; fighter jets
MIL | weak | forces; officer; officers; pilots; jets; tank; tanks; warship; warships; drone; drones; helicopter; helicopters; gunship; gunships; bomber; bombers; artillery; missile; missiles; submarine; submarines; aircraft carrier; frigate; frigates; navy ship; navy ships; marine; garrison
MIL | head | General{title}; generals; Lieutenant General{title}; Major General{title}; Brigadier General{title}; Brigadier{title}; Colonel{title}; colonels; Lieutenant Colonel{title}; Admiral{title}; admirals; Vice Admiral{title}; Rear Admiral{title}; Field Marshal{title}; Air Marshal{title}; Air Chief Marshal{title}; commander{title}; commanders; commander-in-chief; commander in chief; army chief; military chief; chief of general staff; chief of the general staff; chief of defence staff; chief of defense staff; joint chiefs; defense chief; defence chief
MIL | weak | Marshal{title}; Captain{title}; Lieutenant{title}; Major{title,cased}; Sergeant{title}
MIL | cased,title | Gen.; Lt. Gen.; Lt Gen; Maj. Gen.; Maj Gen; Brig. Gen.; Brig Gen; Col.; Lt. Col.; Lt Col; Adm.; Vice Adm.; Rear Adm.; Capt.; Lt.; Maj.; Sgt.; Cmdr.
# ---- Police (COP)
COP | head | police; police force; police forces; policeman; policemen; policewoman; policewomen; police officer; police officers; cop; cops; riot police; gendarme; gendarmes; gendarmerie; security forces; security personnel; law enforcement; law enforcement officials; border police; border patrol; detective; detectives; police chief; police commissioner{title}; prison guards; traffic police
COP | weak | investigators
# ---- Intelligence (SPY)
SPY | weak | intelligence
SPY | head | intelligence agency; intelligence agencies; intelligence service; intelligence services; intelligence official; intelligence officials; intelligence officer; intelligence officers; intelligence chief; spy agency; spy agencies; spy; spies; spymaster; secret service; secret services; secret police; security service; security services; counterintelligence; military intelligence
# ---- Opposition (OPP)
OPP | head | opposition; opposition party; opposition parties; opposition leader{title}; opposition leaders; opposition figure; opposition figures; opposition supporters; opposition activists; dissident; dissidents; activist; activists; pro-democracy activists; protester; protesters; protestor; protestors; demonstrator; demonstrators; anti-government protesters; rioter; rioters
OPP | weak | exile; exiles; critic; critics; detainee; detainees
# ---- Rebels (REB); CAMEO INS and SEP are not used, see the comment rows
REB | head | rebel; rebels; rebel group; rebel groups; rebel forces; rebel fighters; rebel leader; rebel leaders; insurgent; insurgents; insurgent group; insurgency; guerrilla; guerrillas; guerilla; guerillas; separatist; separatists; secessionist; secessionists; armed opposition; opposition forces; freedom fighters
# ---- Unaligned armed forces (UAF)
UAF | head | militant; militants; gunman; gunmen; militia; militias; militiaman; militiamen; fighter; fighters; armed men; armed group; armed groups; terrorist; terrorists; terrorist group; terrorist groups; jihadist; jihadists; jihadi; jihadis; mercenary; mercenaries; suicide bomber; suicide bombers; masked men; unidentified gunmen
UAF | weak | attacker; attackers; assailant; assailants
# ---- Civilians (CVL)
CVL | head | civilian; civilians; resident; residents; villager; villagers; citizen; citizens; inhabitants; crowd; crowds; mob; mobs; voters; passenger; passengers; tourist; tourists; pilgrims; settler; settlers; migrant; migrants; immigrant; immigrants; hostage; hostages; bystanders; townspeople
CVL | weak | people; population; public; locals; nationals; women; children; families; victims; expatriates; expats
# ---- Refugees (REF)
REF | head | refugee; refugees; asylum seeker; asylum seekers; asylum-seeker; asylum-seekers; displaced people; displaced persons; internally displaced people; internally displaced persons; evacuees
REF | head,cased | IDPs
# ---- Education (EDU)
EDU | head | student; students; university; universities; teacher; teachers; professor{title}; professors; academic; academics; lecturer; lecturers; pupil; pupils; schoolchildren; schoolteachers
EDU | weak | school; schools; scholar; scholars; researcher; researchers; scientist; scientists; campus; faculty
# ---- Media (MED)
MED | head | journalist; journalists; reporter; reporters; media; newspaper; newspapers; news agency; news agencies; broadcaster; broadcasters; editor; editors; correspondent; correspondents; columnist; columnists; blogger; bloggers
MED | weak | press; television; radio
MED | weak,cased | TV
# ---- Business (BUS)
BUS | head | businessman; businessmen; businesswoman; businesswomen; businesspeople; business leader; business leaders; business community; company; companies; firm; firms; corporation; corporations; conglomerate; conglomerates; executive; executives; chief executive; chief executives; investor; investors; banker; bankers; industrialist; industrialists; entrepreneur; entrepreneurs; merchant; merchants; shopkeeper; shopkeepers; tycoon; tycoons; oligarch; oligarchs; chamber of commerce; employers; manufacturer; manufacturers; exporters; oil company; oil companies; defense contractor; defence contractor
BUS | weak | bank; banks; trader; traders; airline; airlines
BUS | head,cased | CEO{title}; CEOs
# ---- Labour (LAB)
LAB | head | worker; workers; unions; trade union; trade unions; labor union; labor unions; labour union; labour unions; trade unionist; trade unionists; laborer; laborers; labourer; labourers; miner; miners; dockworkers; factory workers
LAB | weak | union; strikers; employee; employees
# ---- Health (HLH)
HLH | head | doctor; doctors; physician; physicians; nurse; nurses; medic; medics; paramedic; paramedics; health worker; health workers; hospital; hospitals; medical staff; surgeon; surgeons
HLH | weak | clinic; clinics
# ---- Agriculture (AGR)
AGR | head | farmer; farmers; peasant; peasants; herder; herders; fisherman; fishermen; rancher; ranchers; farmworkers; farm workers; agricultural workers
# ---- Elites (ELI)
ELI | head | elite; elites; former president; former presidents; former prime minister; former prime ministers; ex-president; former minister; former ministers; tribal leader; tribal leaders; tribal elder; tribal elders; clan elders; chieftain; chieftains; royal family; aristocrats
ELI | weak | elder; elders; royals; dignitaries; celebrities; Sheikh{title}
# ---- Religion (REL)
REL | head | cleric; clerics; clergy; clergyman; clergymen; religious leader; religious leaders; imam{title}; imams; mullah{title}; mullahs; Ayatollah{title}; ayatollahs; Grand Ayatollah{title}; mufti; Grand Mufti{title}; priest; priests; bishop{title}; bishops; archbishop{title}; archbishops; patriarch{title}; patriarchs; rabbi{title}; rabbis; chief rabbi; monk; monks; nun; nuns; pastor{title}; pastors; preacher; preachers; missionary; missionaries; religious authorities; Pope{title}
REL | head,cased | Cardinal{title}; cardinals
REL | weak | church; churches; mosque; mosques
# ---- Political parties (PTY)
PTY | head | political party; political parties; ruling party; party leader; party leaders; party official; party officials; party member; party members; party chief; politician; politicians
PTY | weak | party; parties; candidate; candidates
# ---- NGOs (NGO)
NGO | head | aid agency; aid agencies; aid group; aid groups; aid worker; aid workers; humanitarian group; humanitarian groups; humanitarian organization; humanitarian organizations; humanitarian organisation; humanitarian organisations; charity; charities; non-governmental organization; non-governmental organizations; non-governmental organisation; non-governmental organisations; relief agency; relief agencies; relief workers; civil society groups
NGO | head,cased | NGO; NGOs
# ---- Human rights (HRI)
HRI | head | human rights group; human rights groups; rights group; rights groups; human rights activist; human rights activists; rights activist; rights activists; human rights organization; human rights organizations; human rights organisation; human rights organisations; human rights defender; human rights defenders; rights campaigners; human rights lawyer; human rights lawyers; human rights watchdog
# ---- Environment (ENV)
ENV | head | environmentalist; environmentalists; environmental group; environmental groups; environmental activists; green group; green groups; conservationist; conservationists; climate activist; climate activists
# ---- Crime (CRM)
CRM | head | criminal; criminals; gang; gangs; gangster; gangsters; gang member; gang members; criminal gang; criminal gangs; smuggler; smugglers; people smugglers; trafficker; traffickers; drug trafficker; drug traffickers; drug lord; drug lords; drug cartel; drug cartels; mafia; mobster; mobsters; pirate; pirates; kidnapper; kidnappers; robber; robbers; thief; thieves; looter; looters; poacher; poachers; hacker; hackers; organized crime; organised crime; crime syndicate; crime syndicates; bandit; bandits
CRM | weak | cartel; cartels
# ---- Radicals (RAD) and moderates (MOD)
RAD | head | extremist; extremists; radical; radicals; hardliner; hardliners; hard-liner; hard-liners; fundamentalist; fundamentalists; ultranationalist; ultranationalists
MOD | head | moderate; moderates; reformist; reformists
MOD | weak | reformer; reformers
# ---- Development (DEV) and multinationals (MNC)
DEV | head | development agency; development agencies; development workers
MNC | head | multinational; multinationals; multinational company; multinational companies; multinational corporation; multinational corporations
"""

# Ministries and ministers by portfolio: role | adjective forms | "of" forms
# Generated rows: "<A> Minister" (title, head), "<A> Ministers", "<A> Ministry",
# "Deputy <A> Minister" (title), "Minister of <O>" (title), "Ministry of <O>".
PORTFOLIOS = r"""
GOV | Foreign; Foreign Affairs; External Affairs | Foreign Affairs; External Affairs
GOV | Interior; Home; Home Affairs | Interior; the Interior; Home Affairs
GOV | Defense; Defence; National Defense; National Defence | Defense; Defence; National Defense; National Defence
GOV | Finance; Economy; Economic Affairs | Finance; Economy; the Economy; Economic Affairs
GOV | Trade; Commerce; Foreign Trade; Industry | Trade; Commerce; Foreign Trade; Industry
GOV | Justice | Justice
GOV | Energy; Oil; Petroleum | Energy; Oil; Petroleum
GOV | Health | Health
GOV | Education | Education
GOV | Agriculture | Agriculture
GOV | Labor; Labour | Labor; Labour
GOV | Environment | Environment; the Environment
GOV | Information | Information
GOV | Intelligence | Intelligence
GOV | Public Security; Internal Security | Public Security; Internal Security
GOV | Transport; Culture; Tourism; Immigration | Transport; Culture; Tourism; Immigration
GOV | Emergency Situations; Emergencies | Emergency Situations
SPY | State Security | State Security
"""

# Extra office nouns outside the generated portfolio forms: role | flags | items
OFFICES = r"""
GOV | head | Foreign Secretary{title}; foreign secretaries; Home Secretary{title}; Interior Secretary{title}; Foreign Office; Home Office; Treasury Secretary{title}; Secretary of the Treasury{title}; Chancellor of the Exchequer{title}; Commerce Secretary{title}; Commerce Department; Trade Representative{title}; Justice Department; Department of Justice; Energy Secretary{title}; Secretary of Homeland Security{title}; Homeland Security Secretary{title}
GOV | head | Defense Secretary{title}; Defence Secretary{title}; Secretary of Defense{title}; Defense Department; Department of Defense; War Minister{title}; war ministry; military junta
GOV | head | Health Secretary{title}; Health Department; Department of Health; health officials; health authorities; Education Secretary{title}; Education Department; Agriculture Secretary{title}; Agriculture Department; Labor Secretary{title}; Labour Secretary{title}
GOV | head | state media; state television; state TV; state-run media; state news agency; official news agency; state broadcaster
"""

# Comment lines written just above a row: (role, text) -> comment.
NOTES = {
    ("GOV", "spokesman"): "Spokespeople: a country's spokesman speaks for its government -> GOV (the Phoenix agents file gives bare SPOKESMAN the media code MED; we follow CAMEO practice of coding the principal).",
    ("GOV", "junta"): "'junta' and 'military junta' -> GOV as in Phoenix (JUNTA [~GOV], MILITARY_JUNTA [~GOVMIL]; agents.tsv holds one role code per noun, the primary one).",
    ("GOV", "Attorney General"): "Attorney General: a cabinet office heading the prosecution service; GOV (Phoenix has it under both GOV and JUD). Prosecutors themselves are JUD.",
    ("GOV", "Prince"): "'Prince' -> GOV as in Phoenix (ruling families of the Gulf); weak because most princes are not office holders.",
    ("GOV", "customs officials"): "Customs officials -> GOV (Phoenix CUSTOMS_OFFICIAL [~GOV]).",
    ("LEG", "deputies"): "'deputies' -> LEG (members of parliament in most translated news); Phoenix codes DEPUTY as COP (US sheriff's deputies). Singular 'deputy' is weak.",
    ("MIL", "peacekeepers"): "Peacekeepers -> MIL: CAMEO's PKO type exists, but the gold sets code 'UN troops/peacekeepers' as IGOUNOMIL and Phoenix uses the military code.",
    ("MIL", "paramilitary"): "Paramilitaries -> MIL as in Phoenix (PLOVER's PRM sector is not a CAMEO type).",
    ("MIL", "border guard"): "Border guards -> MIL as in Phoenix (BORDER_GUARD [~MIL]); border police/patrol -> COP.",
    ("MIL", "officers"): "'officers' alone is police or military; with a country attached it is mostly military -> MIL, weak. 'police officers' is COP.",
    ("GOV", "Foreign Minister"): "Ministries and ministers of every portfolio -> GOV. Phoenix adds a secondary sector (DEFENSE_MINIST [~GOVMIL], HEALTH_MINIST [~GOVHLH] ...); agents.tsv holds one role code, the primary GOV. Only State Security (an intelligence service, e.g. China's MSS) -> SPY.",
    ("COP", "security forces"): "'security forces' -> COP (GDELT/CAMEO practice; Phoenix lists SECURITY_FORCE under both COP and MIL).",
    ("COP", "gendarmerie"): "Gendarmerie -> COP (Phoenix GENDARMERY [~COP]).",
    ("SPY", "security service"): "'security service(s)' (FSB, SBU, Shin Bet ...) -> SPY.",
    ("OPP", "protesters"): "Protesters, demonstrators, activists, dissidents, rioters -> OPP, following Phoenix (PROTESTER [~OPP]); CAMEO CVL is kept for civilians and residents.",
    ("REB", "insurgents"): "Insurgents and separatists -> REB as in Phoenix and PLOVER; the CAMEO types INS and SEP are not used, so that 'rebels'/'insurgents' code alike.",
    ("UAF", "militants"): "Militants, gunmen, militias, fighters, terrorists -> UAF (unaligned armed forces) as in Phoenix.",
    ("CVL", "settlers"): "Settlers -> CVL as in Phoenix; the GDELT type SET exists but Phoenix-coded gold does not use it.",
    ("CVL", "migrants"): "Migrants and immigrants -> CVL as in Phoenix (MIGRANT [~CVL]); refugees, asylum seekers, displaced people -> REF.",
    ("CVL", "people"): "'people' is weak: 'Chinese people' -> CHNCVL, but 'people' alone makes no actor (Phoenix's PPL is not a CAMEO type).",
    ("BUS", "chief executive"): "'chief executive' -> BUS (company heads); Phoenix codes it GOV because of Hong Kong's Chief Executive, which the people files cover.",
    ("BUS", "oligarchs"): "Oligarchs -> BUS (business magnates); ELI is for former officials and notables.",
    ("LAB", "union"): "'union' alone is weak (European Union, Soviet Union, African Union are names); 'unions', 'trade union(s)' -> LAB.",
    ("GOV", "state media"): "State media -> GOV, the primary code of Phoenix's STATE_MEDIA [~GOVMED]; independent media -> MED.",
    ("ELI", "former president"): "Former presidents/prime ministers -> ELI as in Phoenix.",
    ("REL", "cleric"): "Clergy -> REL (Phoenix's religious type; not in GDELT's type list but in the reference table).",
    ("PTY", "politicians"): "Politicians -> PTY as in Phoenix (POLITICIAN [~PTY]).",
    ("CRM", "hackers"): "Hackers -> CRM; state hacking units are coded from their agency (SPY/MIL) where named.",
    ("MOD", "reformists"): "Reformists -> MOD (CAMEO moderate), as for Iran's reformist camp.",
}
