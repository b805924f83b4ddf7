"""insjoriket-delarsrapport-2018.txt, lines 130–180 and 439–518: the subsections of 1.4 and
of the driftredovisning."""

# (section, title, text, data block) in order
SUBSECTIONS: list[tuple[str, str, str, str]] = [
    (
        "god_ekonomisk_hushallning",
        "Verksamheter som finansieras av Samordningsförbundet",
        (
            "Samordningsförbundet finansierar verksamheter som riktar sig till "
            "kvinnor och män som är i behov av samordnade rehabiliteringsinsatser för"
            " att kunna uppnå en högre grad av försörjning.\n"
            "\n"
            "Syftet är att forma verksamheterna utifrån individens delaktighet och "
            "behov av insatser och därmed möjliggöra effektivare utnyttjande av "
            "resurser. För att detta skall vara möjligt behövs en struktur som "
            "legitimerar detta arbetssätt och som ser bortom den enskilda "
            "myndighetens verksamhetsmål. Samordningsförbundets styrelse ger "
            "legitimiteten och finansieringen ger strukturen. För att kunna behålla "
            "denna struktur krävs engagemang, uthållighet och mod av medarbetare och "
            "chefer. Dessa måste kunna se bortom sektorsmålen och hålla den enskilde "
            "medborgarens behov i centrum.\n"
            "\n"
            "Samordningsförbundet har finansierat riktade insatser till 424 personer "
            "under perioden, 268 kvinnor och 156 män.\n"
            "\n"
            "Förbundets målgrupp uppvisar ofta en svår och komplex problembild vars "
            "förmåga till att bli självförsörjande inte alltid är relaterat till "
            "tillgången/möjligheter till anställning. Det krävs då ett stort arbete "
            "avseende motivation, anpassning och stöttning."
        ),
        "deltagare",
    ),
    (
        "god_ekonomisk_hushallning",
        "Utbildningsnivå",
        (
            "Nedan framgår vilken utbildningsnivå deltagarna har. Det är deltagarens "
            "högsta genomförda utbildning som redovisas. Saknas/okänd kan både vara "
            "att deltagaren inte har fullgjort grundskolan eller att det är okänt "
            "vilken utbildning deltagaren har. I jämförelse med deltagare på alla "
            "samordningsförbund i Västra Götaland ter det sig att deltagarna i "
            "Insjöriket har generellt en högre utbildningsstatus än genomsnittet. Det"
            " som sticker ut specifikt är den relativt höga andelen kvinnor med "
            "högskole-/universitetsutbildning eller annan eftergymnasial utbildning. "
            "Mölndal, Härryda och Lerum sticker ut nationellt utifrån att de i dessa "
            "kommuner har mycket höga sjuktal trots hög utbildning."
        ),
        "",
    ),
    (
        "god_ekonomisk_hushallning",
        "Tid i offentlig försörjning",
        (
            "I diagrammet nedan redovisas hur länge deltagaren varit i behov av "
            "offentlig försörjning före insats. Det är år i obruten följd som "
            "redovisas. Ej tillämpligt innebär att deltagaren ej har haft offentlig "
            "försörjning, ofta då försörd av anhörig.\n"
            "\n"
            "Procentuellt är det kvinnorna som har haft offentlig försörjning längst."
            " Då kunskapen finns att svårigheten att återinträda på arbetsmarknaden "
            "efter lång tid utanför innebär att denna information behöver beaktas."
        ),
        "",
    ),
    (
        "god_ekonomisk_hushallning",
        "Avslutningsanledning",
        (
            "Diagrammet nedan visar vilken avslutningsanledning hos de deltagare som "
            "avslutats under perioden. Observera att i SUS registreras samtliga "
            "avslutningsanledningar deltagaren har, där av stämmer inte summan med "
            "antalet deltagare.\n"
            "\n"
            "En stor del av deltagarna, och ffa kvinnorna, är i behov av fortsatt "
            "rehabilitering efter insatserna. Detta behöver analyseras och beaktas. "
            "Det finns en tydlig tendens att kvinnor kommer in i rehabilitering "
            "senare än män enligt tabellen ovan. Detta ger konsekvenser i vilken "
            "utsträckning ens rehabilitering tar kort eller lång tid."
        ),
        "",
    ),
    (
        "god_ekonomisk_hushallning",
        "Verksamhetsuppföljning",
        (
            "Verksamhetsuppföljningen sker i SUS (Sektorsövergripande system för "
            "uppföljning av resultaten av samverkan inom rehabiliteringsområdet). "
            "Samordningsförbundet finansierar tillsammans med de övriga "
            "samordningsförbunden i Västra Götaland en resursperson riktad mot SUS.\n"
            "\n"
            "Samordningsförbundets styrelse har som mål fastställt att deltagandet i "
            "verksamheter som är finansierade av Samordningsförbundet bör leda till "
            "arbete, praktik eller studier. Styrelsen har valt ordalydelsen *bör* "
            "istället för *skall* då de ser att en ökad hälsa och förflyttning "
            "närmare egen försörjning är ett mycket värdefullt delmål helt i linje "
            "med lagstiftningens intentioner. Exempel på detta är att det är mer "
            "samhällsekonomiskt och av större värde för den enskilde att förflyttas "
            "från exempelvis sjukpenning till arbetslöshetsersättning. Verksamheterna"
            " ska ha en tydlig riktning mot arbetslinjen och deltagandet skall för "
            "individen vara tidsbegränsat.\n"
            "\n"
            "Resultatet för perioden visar att den samverkan som bedrivits har gett "
            "positiva effekter för de som behövt samordnad rehabilitering i "
            "förbundets fem kommuner samt positiv effekt på strukturarbetet kring "
            "samverkansfrågor. Samordningsförbundet kan ses som ett nav i det lokala "
            "samverkansarbetet.\n"
            "\n"
            "I juni presenterades den payoffutvärdering som förbundet beställt. "
            "Sammanfattande slutsatser är att Payoff i utvärderingen kunnat dra "
            "slutsatsen att huvudmännen ser samordningsförbundet Insjöriket som en "
            "mycket viktig aktör. De konstaterar att samordningsförbundet har "
            "etablerat effektiva rutiner och arbetssätt för att stödja verksamheter "
            "enligt lagen om finansiell samordning.\n"
            "\n"
            "I linje med erfarenheter från andra samordningsförbund som Payoff har "
            "utvärderat, kan de samtidigt notera att implementeringsfrågan är "
            "ständigt återkommande. Ett samordningsförbund innebär en finansiell "
            "lösning och en utgångspunkt för att stödja verksamhet som kan gå över "
            "gränser, men inget samordningsförbund har uppdrag och mandat att "
            "implementera de arbetssätt som utvecklas in i huvudmännens "
            "organisationer. Detta är istället huvudmännens ansvar. Payoff vill med "
            "denna utgångspunkt betona att utfallet av de arbetssätt och metoder som "
            "utvecklas i samordningsförbundet skulle kunna få ytterligare effekt om "
            "huvudmännens verksamheter på bred front och i större omfattning tog till"
            " sig kunskapen och de arbetssätt som utvecklas inom den verksamhet som "
            "finansieras av samordningsförbundet.\n"
            "\n"
            "Det samhällsekonomiska resultat som Insjöriket skapar genom insatsen "
            "Balder har en återbetalningstid på 13 månader – således en "
            "återbetalningstid på drygt ett år. Detta visar de fina resultat som kan "
            "åstadkommas även för målgrupper långt från arbetsmarknaden, förutsatt "
            "att arbetet bedrivs effektivt och med relevanta metoder i förhållande "
            "till målgruppens behov. Men det visar även på vikten av en uthållighet "
            "som sträcker sig något längre än ett ettårigt budgetperspektiv. Av de "
            "offentliga aktörerna är kommunerna de största vinnarna."
        ),
        "insatskapitel",
    ),
    (
        "god_ekonomisk_hushallning",
        "Kunskapsdialog 2018",
        (
            "Under året har Insjöriket erbjudit kunskapsdialoger till personal hos de"
            " samverkande myndigheterna. Temat varierar och träffarna roterar mellan "
            "förbundets kommuner. Hittills under året har tre träffar genomförts. "
            'Årets teman har varit "Rollen som rehabkoordinator", "Arbetsförmåga vid '
            'psykisk ohälsa" och "HBTQ- certifiering inom samordningsförbundet". '
            "Sammanlagt har 94 deltagare tagit del av ovanstående föreläsningar. Det "
            "är en ökning från 77 individer vid samma tid föregående år. Diagrammet "
            "nedan presenterar hur fördelning sett ut mellan myndigheterna vid "
            "kunskapsdialogerna angivet i antal personer."
        ),
        "",
    ),
    (
        "god_ekonomisk_hushallning",
        'Implementeringen av "en väg in"',
        (
            'Utvecklingsarbetet med att implementera "en väg in" (EVI) fortsätter. '
            "Samtliga inkomna remisser får en bedömning huruvida vilken metod som "
            "förväntas vara mest lämplig för den enskilda. Under 2018 har 91 remisser"
            " inkommit, varan 55 kvinnor och 36 män. Detta avser perioden 1 januari "
            "till 30 juni 2018. I snitt har det inkommit 3 remisser per vecka. Av "
            "dessa har fördelningen mellan metoderna IST och Balder sett ut enligt "
            "följande, 51 individer till Balder, 34 individer till IST, 1 individ har"
            " påbörjat metoderna parallellt och 5 individer är det ännu oklart vilken"
            " metodik som blir aktuell.\n"
            "\n"
            "Av de 91 inkomna intresseanmälningar har 8 individer tagit del av EVI-"
            "samtal. Ambitionen är att samtliga deltagare skall erbjudas ett "
            "inledande möte där informationen från detta möte skall ligga till grund "
            "för fortsatt metod och inte endast en bedömning gjord utifrån skriftliga"
            " underlag. Detta utvecklingsarbete har påbörjat under sommaren och "
            "förväntas införlivas under hösten 2018.\n"
            "\n"
            "Fördelningen av vilka parter som sänt intresseanmälningar ser ut enligt "
            "nedan.\n"
            "\n"
            "Vårdsektorn är den som sänt flest remisser till förbundet på totalen. "
            "Arbetsförmedlingen har sänt minst till antalet av myndighetsparterna.\n"
            "\n"
            "Till hösten 2018 kommer fler i förbundets inlånade personal vara "
            "involverade i arbetet med EVI och utgöra en typ av remissteam med ett "
            "helhetsansvar över processen vilket förväntas intensifiera arbetet."
        ),
        "",
    ),
    (
        "god_ekonomisk_hushallning",
        "Kort sammanfattning av arbetet med verksamhetsplanen i respektive kommun",
        (
            "Utifrån Samordningsförbundet Insjörikets nya verksamhetsplan har "
            "förbundet besökt samtliga kommuner för att jobba med de lokala behoven "
            "och söka identifiera hur samverkan genom förbundet kan stärkas "
            "ytterligare. Verksamhetsplanen uppmanar till en ökad kunskapsutveckling "
            "samt skapa en plattform för att föra ut kompetens, kunskap och metodik "
            "avseende myndighetsöverskridande samverkan inom arbetslivsinriktad "
            "rehabilitering. Utifrån denna bakgrund bjöds alla parter in till en "
            "dialog på temat; **”Hur kan vi förbättra samverkan lokalt och "
            "säkerställa att kunskapsutveckling sker mellan linjeorganisation och de "
            "av förbundet finansierade insatserna”**\n"
            "\n"
            "Detta arbete skedde kommunvis under april och maj 2018. Till dessa "
            "träffar var parterna uppmanade till att vara representerade från olika "
            "nivåer från respektive organisation för att i högre omfattning nå dialog"
            " kring både det operativa och strukturella synvinklar på samverkan sett "
            "ur olika perspektiv och behov. Sammanlagt i samtliga kommuner har 47 "
            "personer deltagit i dessa träffar.\n"
            "\n"
            "Alla träffar inleddes med en överblick över förbundet uppdrag, "
            "befintliga insatser samt kort sammanfattande statistik utifrån "
            "respektive kommun. Därefter följde diskussioner i smågrupper utifrån "
            "nedanstående frågeställningar;\n"
            "\n"
            "- Vilka samverkansforum finns idag i er kommun? Täcker dessa forum de "
            "behov ni ser?\n"
            "- Vad saknas lokalt utifrån ett samverkansperspektiv?\n"
            "- Hur kan vi stimulera en tidig samverkan?\n"
            "- Hur kan samverkan utvecklas lokalt?\n"
            "\n"
            "Behov som framkom var att samtliga kommuner efterfrågade mer samverkan "
            "lokalt mellan alla myndighetsparter i liknande handläggarnätverk, mer "
            "information och kunskap om samordningsförbundet till parter efterfrågas "
            "samt önskan om en lokal och digital insatskatalog. De utmaningar som "
            "bland andra framkommit är svårigheter med användande av SIP (samordnad "
            "individuell planering), samverkan med vård och försäkringskassan "
            "framhålls som en svårighet då graden av tillgänglighet hos dessa parter "
            "är låg.\n"
            "\n"
            "Utifrån det underlag som framkommit krävs vidare dialog och prioritering"
            " mellan samordningsförbundet Insjöriket gällande vilka delar som är "
            "rimliga att jobba vidare med inom ramen för den finansiella samordningen"
            " och vilka delar som parterna själva kan utveckla."
        ),
        "",
    ),
    (
        "god_ekonomisk_hushallning",
        "Ansökan externa medel",
        (""),
        "",
    ),
    (
        "god_ekonomisk_hushallning",
        "MUCF",
        (
            "Förbundet har blivit beviljade 967 500 kronor i bidrag från Myndigheten "
            "för ungdoms- och civilsamhällesfrågor (MUCF) för att fortsätta driva och"
            " utveckla projekt Premiär tillsammans med näringslivet genom Business "
            "Performance. Projektet riktar sig till nyanlända unga vuxna och unga "
            "vuxna med utländsk bakgrund som inte etablerat sig i det svenska "
            "samhället trots att de befunnit sig i Sverige en längre tid."
        ),
        "",
    ),
    (
        "god_ekonomisk_hushallning",
        "Leader",
        (
            "Vidare har förbundet beviljats medel från Leader Insjörike för att "
            "tillsammans med kommunerna Härryda och Alingsås starta projekt ”Kunskap,"
            " aktivitet, framåt! Kartläggning av arbetsförmåga” under hösten 2018. "
            "Beviljade medel uppgår till 2 113 950 kr. Samordningsförbundet "
            "Insjöriket vill tillsammans med Härryda och Alingsås kommun arbeta med "
            "att bryta utanförskap för individer som idag uppstår försörjningsstöd "
            "genom projektet.\n"
            "\n"
            "Syftet med projektet är att den enskilde skall få sina individuella "
            "förutsättningar prövade med adekvat stöd samt att offentlig och ideell "
            "sektor samverkar kring den enskildes behov.\n"
            "\n"
            "Genom samarbetet mellan det offentliga och ideella kommer nya arenor att"
            " skapas som kommer att komma deltagare till nytta genom att deras "
            "kontaktnät vidgas.\n"
            "\n"
            "Projektet avser att kartlägga individers enskilda förmåga, "
            "förutsättningar och vilja till arbete/studier. En kartläggning tydliggör"
            " vilka behov av stöd som föreligger och därigenom kan offentlig sektor "
            "och ideell sektor möta upp dessa behov på ett sätt så att den enskilde "
            "deltagaren kan fortsätta utvecklas utifrån sina unika förutsättningar. "
            "Genom detta kan utanförskap brytas och med rätt stöttning från offentlig"
            " och ideell sektor kan deltagare nå målet sysselsättning, vilket kan "
            "vara både jobb och/eller studier.\n"
            "\n"
            "Projektet möjliggör också för den ideella och offentliga sektorn att öka"
            " kunskapen om varandras förutsättningar, möjligheter och behov."
        ),
        "",
    ),
    (
        "god_ekonomisk_hushallning",
        "ESF",
        (
            "Samordningsförbundet har blivit beviljade förlängning av pågående ESF- "
            'projekt "Inkluderande rehabilitering" fram till juni 2019.\n'
            "\n"
            "Samordningsförbundet Insjöriket har tillsammans med samordningsförbundet"
            " Kust och Älv och samordningsförbundet Göteborg Centrum påbörjat en "
            "ansökan om externa medel via ESF för att stärka upp arbete kring unga "
            "med aktivitetsersättning. Ansökan skall vara inlämnad till ESF 3 "
            "september och beslut väntas innan jul."
        ),
        "",
    ),
    (
        "driftredovisning",
        "Nettokostnad och finansnetto",
        (
            "Samordningsförbundet visar ett positivt resultat och en positiv "
            "budgetavvikelse per 31 augusti. Bedömning i helårsprognos är att "
            "kostnaderna kommer att öka under hösten för att i slutet av året uppvisa"
            " en positiv budgetavvikelse med totalt 250 tkr.\n"
            "\n"
            "Beskrivning av kostnadsställen:\n"
            "\n"
            "Ledning: arvoden och reseersättning till ledamöter, kostnader för "
            "styrelsemöten, revision.\n"
            "\n"
            "Information & utveckling: kostnad för gemensam SUS samt IT\n"
            "\n"
            "Kompetensutveckling: konferenser/utbildning för styrelseledamöter och "
            "tjänstemän, resekostnader i samband med utbildningar för tjänstemän.\n"
            "\n"
            "Uppföljning/utvärdering: kostnader för utvärderingar av verksamheter.\n"
            "\n"
            "Gemensamt: lön förbundschef och biträdande förbundschef, lokalkostnad "
            "kansli, övriga kanslikostnader."
        ),
        "",
    ),
]
