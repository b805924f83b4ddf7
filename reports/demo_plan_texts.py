"""The Verksamhetsplan 2020 of Södra Vätterbygden as printed in the seed
(shared/seeds/sodra-vatterbygden-verksamhetsplan-2020.txt): the texts of sections 2–9, the
plan's description of each insats and the insatser's goals for 2020. Page breaks are joined; the
seed's footnotes ¹–³ are footnotes ("[^…]") where the seed places their marks."""

SODRA_VP_2020_SECTIONS: dict[str, str] = {
    "vision": "Livskvalitet och egen försörjning för alla!",
    "verksamhetside": (
        "Vår verksamhetsidé är en väl fungerande integrerad samverkan inom området "
        "arbetslivsinriktad rehabilitering."
    ),
    "uppdrag": (
        "Samordningsförbundet har enligt lagstiftningen bl a följande arbetsuppgifter:\n"
        "\n"
        "1. besluta om mål och riktlinjer för den finansiella samordningen,\n"
        "2. stödja samverkan mellan samverkansparterna,\n"
        "3. finansiera sådana insatser som avses i 2 § och som ligger inom de "
        "samverkande parternas samlade ansvarsområde."
    ),
    "malgrupper": (
        "Den övergripande målgruppen för den finansiella samordningen är personer i "
        "förvärvsaktiv ålder som är i behov av samordnade rehabiliteringsinsatser och "
        "som uppstår offentlig försörjning.\n"
        "\n"
        "Prioriterade målgrupper i vårt förbund är unga vuxna (18-29 år) med diffus "
        "eller komplex problematik och nyanlända med behov av samordnad rehabilitering."
    ),
    "inriktning": (
        "Samordningsförbundet ska finansiera gemensamma insatser som riktar sig till "
        "målgrupper som finns hos minst två av medlemmarna.\n"
        "\n"
        "Utgångspunkten för insatserna ska vara att bygga på människors egen styrka "
        "och ge dem verktyg att själva kunna hantera sin situation. Fokus ska vara på "
        "möjligheter. Alla insatser ska utgå ifrån individens behov och "
        "förutsättningar.\n"
        "\n"
        "Förbundet arbetar med att utveckla integrerad samverkan i vårt område som "
        "präglas av långsiktighet och fördjupning. Förbundet verkar samtidigt som "
        "strategisk förändringsaktör genom att uppmärksamma strukturella hinder och "
        "initiera förslag till förbättring av samverkan.\n"
        "\n"
        "En grundförutsättning är tillit och förtroende mellan medarbetarna hos "
        "medlemmarna. Förbundet ska verka för att kunskap och lärdomar från insatserna "
        "sprids. Samverkanskompetensen hos medarbetarna ska stärkas. För att uppnå "
        "detta behöver medlemmarna arbeta för att alla medarbetare känner en god "
        "uppdragstrygghet. Med det menas att de behöver känna sig så trygga med sitt "
        "eget uppdrag att de kan se och ta vara på alla möjligheter i rutiner och "
        "regler som kan leda till att individen får rätt stöd i rätt tid.\n"
        "\n"
        "Insatserna ska arbeta aktivt för jämställdhet och jämlikhet, med hänsyn tagen "
        "till vilka som ingår i den aktuella målgruppen. Vid ansökan om medel ska "
        "anges hur man planerar att arbeta utifrån förbundets Handlingsplan för "
        "jämställdhetsintegrering."
    ),
    "organisation_plan": (
        "Samordningsförbundet leds av en styrelse som består av en ledamot och en "
        "ersättare från respektive medlem. Ett arbetsutskott med ordföranden och vice "
        "ordföranden förbereder styrelsens möten.\n"
        "\n"
        "Till sin hjälp har styrelsen ett kansli med en förbundschef och "
        "förbundssekreterare. Vissa administrativa tjänster köps.\n"
        "\n"
        "En beredningsgrupp med representation från alla medlemmarna har följande "
        "uppdrag:\n"
        "\n"
        "- Att vara ett samrådsforum kring behov av och ta initiativ till förbättrad "
        "samverkan\n"
        "- Att identifiera behov av och genomföra gemensam kompetensutveckling för "
        "anställda och förtroendevalda hos medlemmarna inom ramen för budget\n"
        "- Att bereda ärenden på uppdrag från styrelsen inför beslut\n"
        "- Att förankra och marknadsföra förbundets arbete i den egna organisationen\n"
        "- Att utgöra styrgrupp för projekt SAMS – SAMverkan i Södra Vätterbygden\n"
        "- Att utgöra styrgrupp för Arenasamverkan"
    ),
    "malsattningar": (
        "**Övergripande mål**\n"
        "\n"
        "Det övergripande målet med finansiell samordning inom rehabiliteringsområdet "
        "är att de resurser som avsätts för gemensamma insatser används på ett så "
        "effektivt sätt som möjligt.\n"
        "\n"
        "God samverkan leder till många positiva effekter, bl a ökad delaktighet i "
        "samhället, att individen äger sin process och att denne har rätt försörjning "
        "utifrån sin livssituation.\n"
        "\n"
        "För att samverkan ska fungera är det viktigt att det finns politisk "
        "legitimitet för samverkansarbetet. Förbundets verksamhet ska formas så att "
        "alla medlemmar upplever att förbundet aktivt medverkar till att nå det "
        "övergripande målet.\n"
        "\n"
        "**Individmål**\n"
        "\n"
        "Individer som fullföljer insatser som finansieras av förbundet ska uppnå "
        "högre grad av egen försörjning och / eller förbättrad egenupplevd hälsa och "
        "livskvalitet.\n"
        "\n"
        "Varje insats som får förbundets stöd ska anta en specificerad målsättning som "
        "ligger i linje med förbundets mål och kan följas upp. Följande målsättningar "
        "har antagits för de insatser som beviljats medel för 2020.\n"
        "\n"
        "Mer information om respektive insats och andra aktiviteter som förbundet "
        "stödjer finns på förbundets hemsida www.finsamjonkopingslan.se."
    ),
    "finansiella_mal": (
        "Samordningsförbundet ska bedriva verksamhet inom ramen för tilldelade "
        "ekonomiska medel. Det ska hela tiden ha en sådan likviditet att det vid varje "
        "enskilt tillfälle kan finansiera utbetalningar i enlighet med beslut som "
        "tagits om finansiering av verksamhet.\n"
        "\n"
        "Förbundet får inte skuldsätta sig. Det får inte heller placera inestående "
        "medel på ett sådant sätt att medlen kan minska i värde.\n"
        "\n"
        "I enlighet med kommunallagen ska förbundet ha en budget i balans. Under 2020 "
        "beräknas budgetens utgifter överstiga intäkterna något. Detta görs medvetet "
        "eftersom förbundet ska ta vara på medel som inte utnyttjats tidigare år."
    ),
    "verksamhet": (
        "Vid en strategidag med förbundets styrelse och beredningsgrupp 190910 "
        "påbörjades samtal om förbundets nuläge, önskade läge i framtiden och vägen "
        "dit. Man enades om följande nästa steg:\n"
        "\n"
        "- att tydligare utforska vilka behov just förbundet bör möta\n"
        "- att undersöka förbundets förutsättningar att ansöka om och ansvara för "
        "ESF-projekt\n"
        "- att analysera eventuellt mervärde av viss utökning av förbundets "
        "personalgrupp\n"
        "- att öka samverkanskompetensen i förbundet\n"
        "- att fullfölja processen att formulera önskat läge för förbundet och vägen "
        "dit.\n"
        "\n"
        "Samtidigt fortsätter arbetet med de pågående uppdragen:\n"
        "\n"
        "- finansiering eller delfinansiering av insatser som riktar sig till "
        "individer i övergripande målgruppen för finansiell samordning\n"
        "- stöd till medlemmarna att utveckla tankar om lämplig ny verksamhet\n"
        "- stöd till spridning av arbetsrehabiliteringsmetoden Supported "
        "Employment[^Supported Employment innebär att personer med arbetshinder, t ex "
        "funktionsnedsättning, ska få stöd att börja hos en arbetsgivare mycket "
        "snabbt. I metoden ingår även IPS och Supported Education, stöd att klara "
        "studier.]\n"
        "- stöd till medlemmarna att utveckla andra former av integrerad "
        "samverkan[^Integrerad samverkan har tre kännetecken: den utgår från "
        "långsiktighet istället för korta projekt, den innebär en fördjupad kultur av "
        "samverkan mellan myndigheterna och den innebär att insatser organiseras "
        "utifrån individens behov istället för de berörda myndigheternas behov.], "
        "bland annat den fyrpartssamverkan som benämns Arenasamverkan\n"
        "- stöd till kompetensutveckling för förtroendevalda och medarbetare som "
        "arbetar med den övergripande målgruppen för finansiell samordning\n"
        "- bevakning och analys av jämställdhetsperspektivet i de verksamheter som får "
        "stöd av förbundet, bl a genom kompetenshögjande insatser och konsuppladad "
        "statistik\n"
        "- uppföljning och utvärdering av förbundets verksamhet och pågående insatser, "
        "bl a med uppföljningssystemet SUS[^SUS – sektorsövergripande system för "
        "uppföljning av samverkan. Ägs av Försäkringskassan och berör bl a Finsam och "
        "det förstärkta samarbetet mellan FK och AF.] och Indikatorer för finansiell "
        "samordning.\n"
        "- förbättrat samarbete med brukarorganisationer och personer med egen "
        "erfarenhet av ohälsa\n"
        "- komma igång med Insatskatalogen\n"
        "- komma igång med avvikelserapport-systemet Lex Heller"
    ),
    "budget_motivering": (
        "Behoven av utveckling av gemensamma insatser är fortfarande stort. Antal "
        "långa sjukskrivningar är fortsatt högt liksom andel inskrivna på AF som har "
        "någon form av funktionsnedsättning eller annat arbetshinder. Antalet "
        "utrikesfödda med ohälsa eller funktionsnedsättning väntas fortsätta vara en "
        "stor utmaning hos många av förbundets medlemmar.\n"
        "\n"
        "Lagstiftningen innebär en fast fördelning av bidragen till förbundet: 50% ska "
        "betalas av staten genom Försäkringskassan, 25% av regionen och 25% av berörda "
        "kommuner. Staten erbjöd en ökning från 3,0 till 5,6 milj inför 2020. På "
        "medlemssamrådet i februari 2019 diskuterades om kommunerna och regionen kunde "
        "öka sina bidrag 10-20%. Förbundet sände därefter ut en förfrågan om "
        "medlemmarna kunde godta en ökning med 20%. Svar visade att Vaggeryds kommun, "
        "Habo kommun och Region Jönköpings län godtog en ökning på 20% medan Mullsjö "
        "kommun och Jönköpings kommun endast kunde budgetera med 10% ökning. Den "
        "medlem som lägger in minst medel styr budgeten eftersom fördelningen är fast.\n"
        "\n"
        "Denna budget för 2020 bygger på en ökning 10% från 2019 till 2020, vilket "
        "innebär en ökning av totala budgeten för förbundet med ca 600tkr. Om "
        "medlemmarna enades om att ta vara på hela statens erbjudande om medel skulle "
        "förbundet få intäkter med 11,2 milj kr per år istället för 6,7 milj kr 2020. "
        "Planen för 2021-2022 är beräknad utifrån en oförändrad nivå på bidrag från "
        "medlemmarna jämfört med 2020. Budget 2021-2022 kommer att diskuteras på "
        "kommande medlemssamråd.\n"
        "\n"
        "En prognos med preliminärt balanserat resultat 2019 togs fram i september "
        "2019.\n"
        "\n"
        "De flesta insatser som finansieras av samordningsförbund använder av olika, "
        "naturliga skäl inte hela det beviljade utrymmet enligt budget. För att i viss "
        "mån minska differensen mellan beviljade medel och utfall har i budget 2020 "
        "medvetet gjorts ett avdrag med ca 5% vad gäller beräknade kostnader för "
        "respektive insats, jämfört med hur mycket medel som beviljats respektive år. "
        "Detta görs för att medel som kan användas för insatser ska tas tillvara.\n"
        "\n"
        "Förbundschef och förbundssekreterare är anställda på heltid. Finnvedens "
        "Samordningsförbund köper 45% av tjänsten som förbundschef och 25% "
        "förbundssekreterare. Denna överenskommelse ger samordningsvinster och lägre "
        "kostnader för båda parter.\n"
        "\n"
        "Nationella rådet rekommenderar att samordningsförbund i vår storlek bör ha "
        "ett sparat kapital om max 20% av insatta medel. För vårt förbund innebär det "
        "maximalt 1.2 milj kr. Vid årsskiftet 2019/2020 beräknas förbundet, för första "
        "gången sedan starten, klara denna gräns med god marginal.\n"
        "\n"
        "I nedanstående sammanställning finns budget och prognos för 2019 med som "
        "jämförelse."
    ),
}

SODRA_VP_2020_INSATS_TEXTS: dict[str, str] = {
    "Enter": (
        "För personer i arbetsför ålder 18 – 64 år som har behov av insatser från "
        "flera av parterna och bedöms ha en arbetsförmåga att bygga på inom ett år. "
        "Personer i åldersgruppen 18 - 29 år, med psykisk ohälsa och psykisk "
        "funktionsnedsättning, prioriteras. Verksamheten utförs av ett team med "
        "anställda från alla fyra parter: kommun, region, AF och FK. Verksamheten "
        "drivs långsiktigt, med gemensamma medel."
    ),
    "Funktionsnedsatta i arbete (FIA)": (
        "För arbetssökande med fysisk eller psykisk funktionsnedsättning. 20-64 år men "
        "unga redovisas separat. Projektet är ett samarbete mellan Region Jönköpings "
        "län, Arbetsförmedlingen, Försäkringskassan och Funktionsrätt Jönköpings län"
    ),
    "IT-spåret i Eksjö": (
        "Målgrupp är unga vuxna med stort IT-intresse och högfungerande autism "
        "(Aspergers syndrom). Verksamheten vänder sig till unga från hela länet. "
        "Finansiärer år 2018-2022 är Region Jönköpings län och de tre "
        "samordningsförbunden i länet."
    ),
    "Projekt SAMS – SAMverkan i Södra Vätterbygden": (
        "Strukturinriktad insats. En processutvecklare anställd av Vaggeryds kommun "
        "ger stöd till alla medlemmar i förbundet att utveckla samverkan."
    ),
    "Projekt Efterstöd": (
        "50% stöd till individer och 50% strukturinriktad insats. En arbeidskonsulent "
        "anställd av AMA Jönköpings kommun ska vid behov ge stöd till tidigare "
        "deltagare som kommit vidare till arbete eller studier att fullfölja detta "
        "även om nya problem uppstår. Tidigare deltagare från Enter prioriteras i "
        "början."
    ),
    "Projekt SE-N, Supported Employment för nyanlända": (
        "Lärandeprojekt på både individ- och strukturell nivå om hur man kan utveckla "
        "metoden Supported Employment till att fungera så bra som möjligt för "
        "nyanlända. Målgrupp är nyanlända i Vaggeryds kommun med behov av samordnad "
        "rehabilitering. En projektanställd på Arbetsmarknadsenheten ansvarar för både "
        "individkontakter (50%) och det strukturella arbetet (50%)."
    ),
}

SODRA_VP_2020_INSATS_GOALS: dict[str, list[str]] = {
    "Enter": [
        (
            "40% av deltagarna som bedöms ha arbetsförmåga skall komma i arbete eller "
            "studier och på så sätt minska sitt behov av offentlig försörjning."
        ),
        "övriga deltagare ska ges stöd i att komma till rätt försörjning",
        (
            "75% av avslutade deltagare ska uppleva att den egna hälsan och/eller "
            "livskvalitén har förbättrats."
        ),
        (
            "75% av avslutade deltagare ska uppleva att de fått stöd på ett sätt som är "
            "till stor nytta"
        ),
        (
            "85% av avslutade deltagare ska uppleva att personalen har tagit tillvara "
            "deras erfarenheter, kunskaper och synpunkter."
        ),
    ],
    "Funktionsnedsatta i arbete (FIA)": [
        "50% av deltagarna ska komma ut i arbetsprövning eller praktik",
        "30% av deltagarna ska ha arbete eller praktik vid avslut",
        (
            "75% av avslutade deltagare ska uppleva att de fått stöd på ett sätt som är "
            "till stor nytta"
        ),
        (
            "75% av avslutade deltagare ska uppleva att personalen har tagit tillvara "
            "deras erfarenheter, kunskaper och synpunkter."
        ),
    ],
    "IT-spåret i Eksjö": [
        ("Minst 90 % av de antagna studenterna ska genomföra utbildningen med godkända betyg."),
        (
            "50% av studenterna ska vara i anställning, adekvat sysselsättning eller "
            "reguljär utbildning efter fullt genomgången utbildning."
        ),
        ("Campus i12 ska arbeta för att studenternas hemorter har en spridning i hela länet."),
    ],
    "Projekt SAMS – SAMverkan i Södra Vätterbygden": [
        (
            "Antalet personer från kommunerna Vaggeryd, Habo och Mullsjö som deltar i "
            "insatser finansierade av förbundet ska öka."
        ),
        (
            "Berörd personal i Habo, Mullsjö och Vaggeryd ska i utvärdering ange att de "
            "under projektiden fått ökad kunskap om förbundet och de insatser som "
            "förbundet finansierar."
        ),
        (
            "Berörd personal i Habo, Mullsjö, Vaggeryd och Jönköping ska i utvärdering "
            "ange att de under projektiden fått ökad kunskap om övriga medlemmer i "
            "förbundet och kontaktvägar till dem."
        ),
    ],
    "Projekt Efterstöd": [
        (
            "att utveckla och pröva en arbetsmodell för samordnat stöd till individer för "
            "att kunna behålla ett arbete eller fullfölja utbildning"
        ),
        (
            "att 75% av de individer som är aktuella för efterstöd ska kunna behålla sitt "
            "arbete eller fullfölja sina studier"
        ),
        (
            "att beskriva arbetsmodell och förbereda implementering i ordinarie "
            "verksamheter senast augusti 2020"
        ),
    ],
    "Projekt SE-N, Supported Employment för nyanlända": [
        "14 personer ska kontinuerligt delta i verksamheten",
        (
            "10 deltagare ska vara etablerade på arbetsmarknaden i samband med projektet, "
            "med en anställning planerad över minst 6 månader."
        ),
        "12 personer ska uppleva att metoden SE har gjort skillnad",
        "skapa en kompletterande metodbok för Supported Employment.",
    ],
}
