"""News cue words: the closed-class vocabulary the tagger reasons with.

These are cues of English news style (titles, function words, suffixes), not a list of
entities: every place name comes from the gazetteer packages (see gazetteer.py).
"""

from __future__ import annotations

import calendar


def word_set(text: str) -> frozenset[str]:
    """A set of whitespace-separated words (keeps the long lists readable)."""
    return frozenset(text.split())

# Words that may start a sentence or a capitalised run but are never (part of) a name there.
FUNCTION_WORDS = word_set("""
a about above according across after afterwards again against ago all almost along already also
although always among an and another any anyone anything are around as at back be because been
before being below besides between both but by can could despite did do does doing down during
each earlier either else even ever every everyone everything except few finally first for former
from further furthermore had has have having he her here hers herself him himself his how however
i if in indeed inside instead into is it its itself just last later latest least less let like
many may me meanwhile might more moreover most much must my myself near nearly neither never
nevertheless next no none nor not nothing now of off often on once one only onto or other
others otherwise our ours out outside over overall own perhaps please plus rather recently
regardless same second several shall she should shortly similarly since so some someone something
sometimes soon still such than that the their theirs them themselves then there thereafter
therefore these they third this those though through throughout thus to today together tomorrow
tonight too toward towards under unless unlike until up upon us very via was we well were what
whatever when whenever where whereas wherever whether which while who whoever whom whose why will
with within without would yes yesterday yet you your yours yourself
asked adding added according overall meanwhile elsewhere separately speaking earlier
two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
thousand million billion
""")

# Words that open an attribution or quote frame, never a name: "Speaking", "Asked", "Photo".
CREDIT_WORDS = word_set("""
photo photos photograph photographs picture pictures image images file graphic graphics
illustration video caption credit credits source sources copyright staff writer reporter
correspondent editor agencies additional reporting
""")

# "on Saturdays": a weekday in the plural is a habit, never a name.
WEEKDAYS = frozenset(d.lower() for d in calendar.day_name) | frozenset(
    d.lower() for d in calendar.day_abbr
) | frozenset(d.lower() + "s" for d in calendar.day_name)
MONTHS = frozenset(m.lower() for m in calendar.month_name if m) | frozenset(
    m.lower() for m in calendar.month_abbr if m
) | {"sept"}

# Capitalised titles that precede a person's name ("Minister Chiu", "Mr Blair").
TITLES = word_set("""
mr mrs ms miss mx dr doctor sir dame lord lady baroness baron earl duke duchess
president vice premier chancellor minister ministers secretary prime
senator sen rep representative congressman congresswoman governor gov mayor councillor
general gen colonel col captain capt major lieutenant lt sergeant sgt admiral commander cmdr
marshal corporal private commodore brigadier
judge justice magistrate attorney prosecutor
professor prof rev reverend father bishop archbishop cardinal rabbi imam ayatollah sheikh
pope king queen prince princess emperor empress crown
chairman chairwoman chairperson chair chief executive ceo cfo coo director founder
commissioner ambassador envoy speaker leader spokesman spokeswoman spokesperson deputy
inspector detective superintendent constable officer sheriff mp mep msp qc pm
cm mla shri sh smt shrimati hon maj brig adm cpl pvt supt insp det
alhaji alhaja mallam
coordinator adviser advisor administrator treasurer
coach manager boss striker midfielder defender goalkeeper captain skipper
""")

# Nationality nouns that stand before a person's name like a title: "Spaniard Costa".
DEMONYM_NOUNS = word_set("""
spaniard spaniards swede swedes scot scots brit brits frenchman frenchwoman englishman
englishwoman welshman welshwoman irishman irishwoman scotsman scotswoman dutchman dutchwoman
briton britons kiwi aussie argentine filipino filipina
poles czechs slovaks danes finns serbs croats bosniaks kurds uzbeks kazakhs tajiks
""")

# Titles that are part of the usual name when one name follows: "Pope Francis", "Queen Elizabeth".
NAME_TITLES = word_set(
    "pope king queen prince princess emperor empress saint sheikh lord lady baroness baron"
)

# Lowercase nouns that, just before a name, say what the name is: "leader Kim Jong-un".
PERSON_NOUNS = word_set("""
leader president minister premier chancellor secretary spokesman spokeswoman spokesperson
chief executive boss chairman chairwoman director founder analyst economist official
actor actress singer star director producer writer author novelist comedian musician
rapper presenter host drummer guitarist designer artist player striker midfielder defender
goalkeeper captain coach manager winger forward champion runner sprinter athlete
lawyer judge mp senator governor mayor general commander colleague counterpart
son daughter wife husband brother sister father mother partner
dancer pundit contestant housemate financier businessman businesswoman tycoon entrepreneur
prosecutor solicitor barrister attorney journalist reporter editor columnist correspondent
photographer poet playwright screenwriter composer pianist vocalist frontman songwriter
boxer golfer cyclist swimmer jockey batsman bowler flanker referee umpire
bandmate teammate housemate classmate
publicist chef bassist keyboardist choreographer conductor filmmaker film-maker supermodel
socialite heiress scientist researcher surgeon nurse teacher comic rocker skier trainer widow
fiancee girlfriend boyfriend nephew niece cousin grandson granddaughter
fly-half scrum-half full-back half-back stand-off left-back right-back centre-back center-back
wing-back centre-half skipper keeper wicketkeeper hurdler playmaker
quarterback linebacker cornerback receiver lineman kicker pitcher catcher shortstop outfielder
infielder slugger batter hitter goaltender netminder defenseman defenceman rookie guard
lawmaker legislator activist diplomat investor historian physicist astronomer
biologist epidemiologist virologist strategist pollster astronaut
""")
# Not here: nouns as often before a body's name as a person's ("campaigners HACAN Clearskies",
# "promoters Regular Music") or at the start of a title ("Uncle Roy All Around You").
ORG_NOUNS = word_set("""
agency company firm group bank club side team newspaper paper broadcaster outlet channel
network carrier airline retailer maker giant operator supplier manufacturer publisher label
studio party union council ministry department association charity organisation organization
regulator watchdog institute university school brand chain site website service
magazine tabloid broker insurer lender band
""")
PLACE_NOUNS = word_set("""
city town village province region state capital country island county district
port suburb neighbourhood neighborhood
""")
# Who lives somewhere, before "of" and a name: "residents of Katoomba" names a place.
RESIDENT_NOUNS = word_set("residents inhabitants villagers townspeople townsfolk")

# What only happens to people, right after a name: "Ndlovu died", "McAdoo was fired" (not
# "hurt", "named", "elected", "fined": firms and parties are too; nor "born" and "retired":
# "Google was born in a garage", "Concorde retired").
PERSON_VERBS = word_set("died dies resigned resigns")
PERSON_PASSIVES = word_set("""
fired sacked jailed arrested married divorced knighted killed sentenced imprisoned
hospitalised hospitalized widowed
""")
# Verbs of speech after (or before) a name: "Putin said", "said Putin".
SPEECH_VERBS = word_set("""
said says told tells added adds explained explains warned warns insisted insists argued argues
claimed admitted admits asked replied replies wrote writes
announced announces confirmed confirms denied denies believes believed thinks thought
""")

# Last words that make a capitalised run an organisation.
ORG_SUFFIXES = word_set("""
inc inc. ltd ltd. plc llc llp corp corp. corporation co co. company companies group holdings
partners bank banks fund trust party council ministry department office agency authority
commission committee association federation union league board bureau institute institution
university college school academy foundation society organisation organization service services
systems technologies technology networks network airlines airways motors industries
international united fc afc city rovers athletic wanderers club rangers county albion
parliament congress senate assembly court government administration cabinet army navy
force forces corps police guard command unit marines times post news journal herald telegraph
guardian gazette tribune press broadcasting radio tv television studios records entertainment
pictures films labs laboratories media communications telecom energy oil petroleum motor
platforms brands enterprises ventures resources robotics elementary
airline insurance securities capital investments exchange alliance coalition front movement
brigade brigades democrats republicans conservatives socialists greens church mosque
partnership consortium
fellowship software solutions pharmaceuticals foods stores magazine label authority academy
exchange bourse boerse federation confederation council embassy consulate
programme program panel tribunal project campaign initiative guild polytechnic
""")

# Places no gazetteer lists: the planets (not Mercury, more often the Mercury Music Prize), and
# seas and oceans written bare after "the" ("across the Mediterranean", "the Atlantic").
PLANETS = word_set("earth mars venus jupiter saturn uranus neptune pluto")
OPEN_WATERS = word_set("mediterranean atlantic pacific caribbean baltic adriatic aegean arctic")
# First words of a military station's name: "RAF Coningsby", "RAF Fairford" are places.
STATION_HEADS = word_set("raf raaf rnas")

# Words that, as the first word of a run, make it an organisation: "Bank of England".
ORG_HEADS = word_set("""
bank university ministry department office house court board council institute college
school museum church federation league union association party
""")

# Last words that make a capitalised run a place: "Luzon Strait", "St Peter's Square".
PLACE_SUFFIXES = word_set("""
strait straits channel sea ocean gulf bay river lake island islands isles mountains mountain
mount valley desert peninsula coast square street road avenue bridge airport basilica
cathedral abbey palace castle cosmodrome base province region county district state city
town village heights hills plain plains canal harbour harbor park square stadium arena
boulevard terminal hotel hospital prison pavilion theater theatre cinema
""")

# First words of a place named "<kind> of <name>": "Gulf of Mexico", "Isle of Man".
PLACE_HEADS = word_set("""
strait straits sea ocean gulf bay river lake island islands isle isles cape mount valley
peninsula coast province county district
""")

# Kinds of site named "<kind> of <name>", often after the place they are in: "Hollywood Walk
# of Fame", "Statue of Liberty", "Tower of London", "Temple of Heaven". Not cut at "of".
SITE_HEADS = word_set("""
walk hall tower statue temple gate gates dome monument arch column shrine
""")

# Joiners allowed inside a name between two capitalised words.
CONNECTORS = word_set("of de da del della der den van von du la le al el bin bint ibn ten ter y &")
# Joiners that are articles: a name they start is a paper, a site or a place ("Le Monde", "El
# Watan", "La Scala"), not a person by its shape or a given name ("El" is one in some lists).
ARTICLE_PARTICLES = word_set("el la le der")

# Capitalised words that are never a name by themselves, beyond the function words.
SKIP_WORDS_EXTRA = WEEKDAYS | MONTHS | CREDIT_WORDS

# Abbreviations that are common nouns, not organisations ("TV", "PC", "HIV").
COMMON_ACRONYMS = word_set("""
tv pc pcs ceo cfo mp mps msp am pm hiv aids dna gdp cd cds dvd dvds ok ufo id it ai pr vat sms gps
usb hd mp3 mp3s rpg fps pda pdas gm uk-wide cctv atm dj djs mc vip faq qc ppi rrp lcd led tb bse
sars ivf nb ps re fyi qb mvp rbi uhf vhf dab am fm rip ad bc ce dvr pvr hq hr it pin ny la
gmt bst utc est edt pst pdt cet
mms gprs rss vhs dos
covid mers mrsa cjd vcjd ptsd adhd ocd icu icus ppe wmd wmds gmo gmos lgbt lgbtq
ipo ipos etf etfs cpi suv suvs ev evs lng url urls pdf pdfs
xml html http https hdtv adsl dsl rfid iptv ssl lan wlan isp isps voip ict wi-fi wifi
r&b r&d q&a b&b a&e
""")

# English short forms of given names that Faker's lists leave out ("Matt Willis", "Clint
# Eastwood", "Phil Neville"); forms that are also common words ("Pat", "Cliff", "Val") are not here.
SHORT_GIVEN_NAMES = word_set("""
matt phil mick mickey ollie olly sid wes zach zak clint hank mitch nate stu trev vinnie jez kev
stevie paddy davey ritchie dom seb gus monty freddie alfie bev trish tash steph jess viv abe ike
ned woody kel
""")

# Units written in capitals after a number ("40 GB", "500 MW"): never a name there ("GB" is
# Great Britain elsewhere).
UNITS = word_set("gb mb kb tb mw kw gw ghz mhz kbps mbps")

# "X of Y" stays one name only after these words: "Bank of England", "House of Commons".
OF_HEADS = ORG_SUFFIXES | ORG_HEADS | PLACE_SUFFIXES | SITE_HEADS | TITLES | word_set("""
house republic kingdom states isle isles duke duchess earl archbishop bishop secretary
chamber cabinet museum gallery church
""")

# Last words of events, awards, works and laws: not people, places or organisations.
EVENT_WORDS = word_set("""
olympics olympic games award awards prize prizes marathon championship championships cup
festival memorial oscars oscar globes globe baftas grammys emmys brits prix open tournament
trophy series war day bill act run week year show expo summit conference slam
christmas easter ramadan halloween thanksgiving diwali eid hanukkah
""")

# First words of a storm's name ("Typhoon Kristine", "Hurricane Katrina", "Cyclone Idai",
# "Storm Ciaran"): an event, neither a person nor a place.
STORM_WORDS = word_set("typhoon hurricane cyclone storm")

# Words a story's first line may set in capitals ("THE city council voted ...", "IN a move ..."),
# never acronyms at a sentence start (unlike "US", "IT" or "WHO").
CAPITALS_LEAD_IN = word_set("the a an in on at as for when after if but this by")

# Stock exchanges, written before a ticker in business copy: "Apple Inc. (NASDAQ: AAPL)". The
# ticker is a trading code, never a tag of its own.
EXCHANGES = word_set("""
nyse nasdaq amex lse tsx tsxv asx hkex sehk sgx nse bse otc otcqx euronext tyo tse jse xetra
krx sse szse
""")

# Nouns before a name that make it a news source being quoted, not what the story is about.
SOURCE_NOUNS = word_set("agency outlet newspaper paper broadcaster website site magazine wire")
SOURCE_VERBS = word_set("reported reports quoted quotes cited")
# What an outlet says of its own reporting: "BBC Sport understands", "Reuters has learned",
# "The Guardian can reveal", "BBC Sport examines ...": the outlet is the story's source.
OUTLET_VERBS = word_set("understands examines")
OUTLET_PERFECTS = {"has": word_set("learned learnt"), "can": word_set("reveal")}

# Words that make a run an organisation wherever they stand in it ("Royal Academy of Arts").
ORG_CORE_WORDS = word_set("""
office department academy university council ministry committee association federation
institute foundation society bank corporation commission agency authority union league party
board bureau tribunal organisation organization
guild
""")

# Verbs and prepositions before a news outlet that is only being quoted ("told BBC News").
SOURCE_BEFORE = word_set("told tells telling interview interviewed")
SOURCE_AFTER = word_set("website programme program reported reports interview")
# Journalists after their outlet's name ("BBC political correspondent"): the outlet is a source.
JOURNALIST_NOUNS = word_set("""
correspondent correspondents reporter reporters editor editors columnist columnists journalist
journalists presenter presenters pundit pundits commentator commentators
""")

# A club's word after its town's name: "Leicester City", "Bristol Rovers" (a plural nickname,
# "Kansas City Chiefs", needs no list).
CLUB_WORDS = word_set("united city rovers athletic wanderers albion county rangers town hotspur")

# Lower-case words that mark a sports report (four or more of them in one story).
SPORT_WORDS = word_set("""
match goal goals striker midfielder defender goalkeeper season league cup coach manager boss
squad scored penalty referee tournament championship semi-final quarter-final fixture fans
victory defeat draw win beat try tries wicket innings rugby football tennis cricket premiership
points player players game games half unbeaten champions title clash kick-off stadium seeded
seed set sets final finals medal sprint race athletics golf round injury injured
club clubs pitch pitches transfer fixtures
touchdown touchdowns quarterback inning playoff playoffs postseason rebounds assists basketball
baseball hockey
""")
SPORT_MIN_WORDS = 4

# Last words of the names of machines, craft and instruments ("James Webb Space Telescope",
# "Mars Reconnaissance Orbiter") and of measures ("Dow Jones Industrial Average", "Consumer
# Prices Index"): things, neither people nor bodies. Not "rover" ("MG Rover" is a carmaker)
# nor "lander" (a surname).
THING_HEADS = word_set("""
telescope telescopes satellite satellites spacecraft orbiter probe capsule
shuttle rocket rockets missile missiles drone drones reactor reactors submarine destroyer
frigate warship locomotive
index average
""")

# Nouns before a title of a work ("the film Sideways", "the album Bleed Like Me").
WORK_NOUNS = word_set("""
film films movie movies album albums single song songs book books novel novels play musical
sitcom drama documentary series show programme opera game title hit blockbuster sequel
comedy thriller epic cartoon franchise trilogy biopic soap remake
""")

# Kinds of product or technology written right after its name ("Windows programs", "the
# Macintosh computer", "the BitTorrent network"); a maker is named the same way ("Microsoft
# software"), so it only counts for a name that never acts, speaks or is introduced as a body.
PRODUCT_NOUNS = word_set("""
software program programs browser browsers computer computers laptop laptops console consoles
handset handsets phone phones device devices protocol protocols format formats chip chips
processor processors network networks system systems server servers platform platforms
headset headsets tablet tablets smartphone smartphones
""")

# Words around a company's name: "chief executive of X", "X's shares", "works for X".
ORG_ROLE_WORDS = word_set("""
executive executives boss chairman chairwoman founder shares shareholders profits profit sales
revenue stock staff workers employees customers subscribers subsidiary spokesman spokeswoman
spokesperson director directors board owner owners unit division works worked working joined
president analysts products analyst economist economists strategist strategists trader traders
dealer dealers banker bankers broker brokers
""")

# Well-known political parties under their formal name, with the nicknames and short forms news
# uses for them ("the Tories", "Lib Dems", "GOP"): one party, one tag, whichever form a story
# picks. Only parties whose short forms are unambiguous words in news text are listed.
PARTY_NAMES: dict[str, tuple[str, ...]] = {
    "Conservative Party": ("Conservatives", "Conservative", "Tories", "Tory",
                           "Conservative and Unionist Party"),
    "Labour Party": ("Labour", "New Labour"),
    "Liberal Democrats": ("Liberal Democrat", "Lib Dems", "Lib Dem", "Liberal Democrat Party"),
    "Scottish National Party": ("SNP", "Scottish Nationalists"),
    "UK Independence Party": ("UKIP", "Ukip"),
    "Democratic Unionist Party": ("DUP",),
    "Democratic Party": ("Democrats", "Democrat"),
    "Republican Party": ("Republicans", "GOP"),
}
PARTY_FORMS: dict[str, str] = {form.lower(): name for name, forms in PARTY_NAMES.items()
                               for form in (name, *forms)}

# American news style names a town with its state, abbreviated the Associated Press way after a
# comma ("Crawford, Texas", "Seattle, Wash.", "Albany, N.Y."), and a member of Congress with
# party and state ("Sen. John McCain, R-Ariz."). The abbreviations (as the tokenizer leaves them,
# without a final period) and the states' names.
AP_STATES: dict[str, str] = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
    "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
    "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn": "Tennessee", "Vt": "Vermont",
    "Va": "Virginia", "Wash": "Washington State", "Wis": "Wisconsin",
    "Wyo": "Wyoming", "D.C.": "Washington",
}
US_STATES = frozenset(AP_STATES.values()) | frozenset(
    ["Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah"])
