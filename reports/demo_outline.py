"""The outline of the seeds' documents beyond their sections' texts: the subsections of
1.4 in finnveden-arsredovisning-2020.txt, each with its text as printed (page breaks joined, the
footnote ¹ as "[^…]") and, where the seed shows a computed table, the data block."""

FINNVEDEN_2020_HUSHALLNING = (
    "Styrelsen följer löpande upp ekonomin i förbundet och tillser att medlen "
    "används på ett så effektivt sätt som möjligt. Administrationskostnaderna "
    "hålls på en så låg nivå som möjligt, bl a genom samarbete med "
    "Samordningsförbundet Södra Vätterbygden.\n"
    "\n"
    "Trots att förbundet måste följa samma lagar som kommuner och region ligger "
    "administrativa kostnaderna på 10-15% av totalbudgeten. Resten används till "
    "insatser. 17% av årets utfall gick till strukturinriktade insatser, 68% "
    "till individinriktade insatser. Av de individinriktade insatserna går "
    "ungefär hälften av medlen till insatser som pågått mer än 5 år (Stöd till "
    "arbete - SE/IPS och IT-spåret)."
)

# (title, text, data block) in order
FINNVEDEN_2020_HUSHALLNING_SUBSECTIONS: list[tuple[str, str, str]] = [
    (
        "Uppföljning av verksamheten",
        (
            "I Bilaga 1 finns en sammanställning av vilka mål förbundet hade för året "
            "enligt Verksamhetsplan 2020 och hur dessa mål uppfylldes. Sju av målen "
            "uppfylldes helt och sex uppfylldes delvis. Inget av målen uppfylldes inte "
            "alls. Viktigaste orsaken till att flera av målen inte uppfylldes helt är "
            "corona-pandemin."
        ),
        "",
    ),
    (
        "Målgrupper",
        (
            "I Bilaga 2 finns en redovisning av vilka individinriktade insatser som fått "
            "förbundets stöd under 2020 och resultat i dessa.\n"
            "\n"
            "Total 176 personer deltog i finansierade insatserna, varav 83 kvinnor, 65 "
            "män och 28 där vi saknar uppgift om kön. Vad gäller IT-spåret redovisas "
            "enbart deltagare från förbundets område.\n"
            "\n"
            "Antalet är lägre än föregående år, trots att målgruppens storlek ökat. "
            "Detta beror främst på corona-pandemin. Positivt är bl a att en deltagare "
            "från förbundets område börjat på IT-spåret. Mer detaljerade uppgifter om "
            "respektive verksamhet finns i bilaga 2.\n"
            "\n"
            "37 kvinnor och 25 män började i insatserna under året. Uppgifter om "
            "bakgrunden för 33 respektive 24 av dem har registrerats i "
            "uppföljningssystemet SUS (System för Uppföljning av Samverkan)[^Se "
            "www.susam.se. Systemet förvaltas av Försäkringskassan. Ett nytt "
            "rapportverktyg installerades i SUS i oktober 2020. Det visade sig innehålla "
            "allvarliga brister som inte till alla delar är korrigerade. Därför måste "
            "viss reservation göras vad gäller statistiken i denna redovisning.]. "
            "Bakgrunden skiftar mycket, men dominerande är liksom tidigare år kort "
            "utbildning (många har inte ens fullföljd grundskola), försörjningsstöd som "
            "huvudsaklig försörjning och flera år med behov av offentlig försörjning.\n"
            "\n"
            "I diagrammet till höger visas vilka kända försörjningsformer deltagare haft "
            "sedan förbundet startade 2011. Det finns uppgifter om 377 kvinnor och 446 "
            "män. Vissa har en kombination av flera försörjningar. Det är tydligt att en "
            "majoritet av deltagarna kommit med ersättning från kommun "
            "(försörjningsstöd) eller Arbetsförmedlingen (aktivitetsstöd). De flesta av "
            "dem som haft Ingen offentlig försörjning har ingått i gruppen UVAS – unga "
            "som varken arbetar eller studerar, som kommunerna har ansvar att följa upp "
            "aktivt.\n"
            "\n"
            "De flesta börjar i en insats inom ett år från att de börjat få offentlig "
            "försörjning. Särskilt männen verkar få en tidig insats för att minska "
            "risken för långvarigt utanförskap. Personer som får oregelbunden offentlig "
            "försörjning p g a kortare tiders arbete, studier, fängelsevistelse eller av "
            "andra skäl ingår i denna grupp."
        ),
        "",
    ),
    (
        "Insatser",
        (
            "Förbundet arbetar dels strukturinriktat, för att förbättra samverkan kring "
            "stödet till förbundets målgrupp, dels genom finansiering av "
            "individinriktade insatser. Samordningsförbund får inte driva egen "
            "verksamhet, utan finansierar helt eller delvis insatser som en eller flera "
            "medlemmar driver tillsammans för förbundets målgrupp."
        ),
        "",
    ),
    (
        "Uppföljning och resultat för individinriktade insatser",
        (
            "Uppgifter finns om situation vid avslut för 42 kvinnor och 35 män under "
            "2020. Det är fler än förra året. Vanligaste avslutsorsaken är att man "
            "blivit aktivt arbetsökande, alltså fortsätter aktiv kontakt med "
            "Arbetsförmedlingen. Det innebär för många i praktiken ett stort steg "
            "närmare arbetsmarknaden.\n"
            "\n"
            "Under året hade totalt nio kvinnor och sex män arbete vid avslut i SUS. Av "
            "dessa var 14 anställningar med anställningsstöd via Arbetsförmedlingen.\n"
            "\n"
            "Vad gäller försörjningen för de avslutade så märks störst förändring vad "
            "gäller behov av aktivitetsstöd (för kvinnor) och försörjningsstöd. 15 "
            "personer klarade sig helt utan offentlig försörjning vid avslut."
        ),
        "",
    ),
    (
        "Jämställdhet",
        (
            "Ungefär samma signaler angående jämställdhet kommer från alla insatser.\n"
            "\n"
            "- Störst påverkan på vilka som får del av insatsen har val av målgrupp. T "
            "ex kommer större andel kvinnor till Mitt Val eftersom fler kvinnor är "
            "långtids-sjukskrivna medan fler män söker till IT-spåret eftersom fler unga "
            "män har stort IT-intresse.\n"
            "- Det är svårt att påverka både antalet remisser och om handläggarna "
            "remitterar män eller kvinnor.\n"
            "- Insatspersonal bedömer själva att kvinnor och män blir bemötta på samma "
            "sätt och blir erbjudna samma aktiviteter.\n"
            "- Det finns intresse att fördjupa kunskapen om jämställdhet och lämpliga "
            "arbetsverktyg, och att analysera omotiverade skillnader.\n"
            "\n"
            "Indikatorer för finansiell samordning har kompletterats med en 16:e "
            "indikator, om jämställdhet. Om ett år kan det användas för viss analys."
        ),
        "",
    ),
    (
        "Indikatorer för finansiell samordning",
        (
            "Nationella Nätverket för samordningsförbund (NNS) har tillsammans med "
            "Örebro Universitet tagit fram Indikatorer för finansiell samordning. Syftet "
            "är att följa om parterna genom förbundens arbete blir bättre på samverkan "
            "kring förbundets målgrupp. Verktøget innebär analys av 15 indikatorer. "
            "Analysen bygger på ett antal enkätfrågor till fem respondentgrupper: "
            "pågående deltagare, avslutade deltagare, insatspersonal, parternas "
            "chefsgrupper (t ex beredningsgrupp) och förbundens styrelser.\n"
            "\n"
            "Mätning genomförs från november varje år till oktober följande år och en "
            "nationell analys publiceras i januari. Den finns på NNS hemsida "
            "nnsfinsam.se Lokala analyser kan göras till styrelse, styrgrupp, "
            "insatspersonal och andra intresserade.\n"
            "\n"
            "En analys av svaren senaste året visar att män i verksamheter i vårt "
            "förbund är mer positiva än kvinnor vad gäller flera frågor: om man får stöd "
            "på ett sätt som är till stor nytta, om man får vara med och bestämma vilket "
            "stöd man får och om man anser sig stå närmare arbete och studier än innan "
            "insatsen. Antalet svar är dock så begränsat att vi inte här drar några "
            "slutsatser ur statistiken. Mer analys presenteras på förbundets hemsida."
        ),
        "",
    ),
    (
        "Socioekonomiska effekter",
        (
            "Vid medlemssamrådet för förbunden i länet i februari 2019 beslutades att "
            "förbunden skulle pröva att redovisa socioekonomiska effekter enligt en "
            "modell som användes i Samordningsförbundet Göteborg Centrum. Modellen finns "
            "bl a beskriven i deras årsredovisningar och i bildspel som visades på "
            "medlemssamrådet, som finns utlagt på förbundens gemensamma hemsida. I "
            "korthet går modellen ut på att effekterna beräknas utifrån vissa "
            "schabloner:\n"
            "\n"
            "- Genomsnittlig ersättning offentlig försörjning per person och månad är ca "
            "10.000kr\n"
            "- Genomsnittlig administrativ kostnad för besök hos socialtjänst, läkare "
            "och andra samt andra ersättningar typ bostadsbidrag är 500kr per person och "
            "månad.\n"
            "- Samhället får ny inkomst från varje deltagare som börjar arbeta med ca "
            "5.700kr/månad (vid heltidsarbete med grundlön 19.000kr)\n"
            "\n"
            "Minskad kostnad per person som går från utanförskap till arbete är därmed "
            "10.500kr i minskade kostnader och 5.700kr i ökade samhällsintäkter, totalt "
            "16.200kr per månad. Denna effekt jämförs med insatta medel till "
            "samordningsförbund eller respektive verksamhet.\n"
            "\n"
            "Många argument kan ställas mot denna typ av schablonisering. Det finns "
            "flera positiva effekter som inte mäts (t ex effekter för alla som inte når "
            "ända fram till anställning under mätperioden) samtidigt som det finns "
            "faktorer som anställningsstöd, fortsatt behov av t ex sjukersättning på "
            "deltid och annat som begränsar vinsten för samhället. Det finns dock "
            "anledning att tro att de positiva och negativa effekterna till stor del tar "
            "ut varandra. Kommunernas och regionens ekonomi är inte heller berörda av "
            "Arbetsförmedlingens kostnader för anställningsstöd.\n"
            "\n"
            "I år var det 15 deltagare som avslutades till arbete. Jämfört med om dessa "
            "hade fortsatt med offentlig försörjning så gör samhället tack vare "
            "förbundens insatser en besparing/vinst på 15 x16.200kr x12mån, totalt "
            "2.916.000kr under ett år.\n"
            "\n"
            "Corona-pandemin begränsade möjligheten för alla arbetssökande att få nytt "
            "arbete. Som jämförelse redovisades 2019 att totalt 28 deltagare fick "
            "arbete. 28 x16.200kr x12 mån innebar en socioekonomisk effekt på totalt "
            "5.443.200kr under ett år."
        ),
        "socioekonomi",
    ),
    (
        "Uppföljning och resultat för strukturövergripande insatser",
        (
            "Förbundet arbetar med flera former av strukturpåverkande insatser, "
            "speciellt projekt Samverkan i GG(V), Arenasamverkan, frukostmöten, annan "
            "kompetensutveckling och Insatskatalogen."
        ),
        "",
    ),
    (
        "Projekt Samverkan i GG(V)",
        (
            "En processutvecklare har arbetat med huvuduppdraget att bidra till att "
            "samverkan kring arbetslivsinriktad rehabilitering för förbundets målgrupper "
            "utvecklas så positivt som möjligt inom GG(V)-området, särskilt i Gnosjö, "
            "Gislaved och Värnamo. Processutvecklaren är anställd av Gislaveds kommun "
            "men arbetar för alla parter i förbundet. Projekttiden var 2018-2020.\n"
            "\n"
            "**Måluppfyllelse**\n"
            "\n"
            "➤ *Stöd att utveckla bättre fungerande samverkansprocesser*\n"
            "\n"
            "Processutvecklaren har varit en sammankopplande länk i flera sammanhang. "
            "Bland annat deltagit i arbetsgruppen som tagit fram process för "
            "yrkesspårerna i GG(V) och ansökan om ny DUA överenskommelse. Sammanlagt har "
            "ca 30 möten kommit till stånd där process-\n"
            "\n"
            "utvecklaren varit med och planerat och genomfört olika träffar. **Målet är "
            "uppfyllt.**\n"
            "\n"
            "➤ *Samla in uppgifter från verksamheter som ska presenteras i "
            "Insatskatalogen*\n"
            "\n"
            "Första halvåret 2020 lades stort fokus på att samla in och sammanställa det "
            "material som ligger till grund för texterna i Insatskatalogen. "
            "Insatskatalogen är ett sökinstrument vars syfte är att effektivisera och "
            "rationalisera sökandet efter insatser för dem i behov av stöd mot "
            "egenförsörjning, inkludering och ökad livskvalitet. Katalogen kan användas "
            "som ett vardagsverktyg för myndighetspersonal men är även öppen för "
            "privatpersoner som själva vill söka efter lämpliga insatser och "
            "aktiviteter.\n"
            "\n"
            "Insatskatalogen lanserades september och uppmärksammades i media. **Målet "
            "är uppfyllt.**\n"
            "\n"
            "➤ *Delta i minst ett möte per halvår med respektive Arenagrupp*\n"
            "\n"
            "Deltagit i möten med alla Arenagrupperna under året. En Arenadag anordnades "
            "i mars med information av Susanne Leander, processledare sjukskrivnings- "
            "och rehabiliteringsprocessen, om processen Rätt stöd - rätt försörjning för "
            "sjuka personer utan sjukpenning. Utfallet av Sara Arlestens forskning 2019 "
            "diskuterades och åtgärder hur vi ska förbättra Arenasamverkans arbete "
            "fastställdes. En första inblick i Insatskatalogen gavs. **Målet är "
            "uppfyllt.**\n"
            "\n"
            "➤ *Anordna gemensam kompetensutveckling*\n"
            "\n"
            "Processutvecklaren har ansvarat för samlingarna som förbundet ordnar. "
            "**Målet är uppfyllt.**\n"
            "\n"
            "➤ *Stöd i utveckling och uppföljning av de verksamheter som finansieras av "
            "förbundet*\n"
            "\n"
            "Processutvecklaren har stöttat verksamheterna och varit en länk mellan "
            "SE/IPS coacher, medarbetare och projektledare i Mitt Val och Nya Vägar och "
            "styrgrupper för dessa verksamheter. **Målet är uppfyllt.**\n"
            "\n"
            "➤ *Samla in och sammanställa information om avvikelser i samverkan, i "
            "systemet Lex Heller*\n"
            "\n"
            "Under 2020 har det kommit in två ärenden i Lex Heller. Detta gällde "
            "samarbetet mellan vårdcentraler, psykiatriska mottagningen i Värnamo och "
            "arbetsmarknadsenheterna i kommunerna. **Målet är uppfyllt.**\n"
            "\n"
            "➤ *Ta andra initiativ som bedöms viktiga för utveckling av goda processer i "
            "förbundet och berörda verksamheter*\n"
            "\n"
            "Under året har också tankar kring långvarig integrerad verksamhet (LIV) i "
            "alla tre kommuner tagit form. Exempel på hur andra förbund arbetar och även "
            "ett utkast för Finnveden har tagits fram till Beredningsgruppen. Detta "
            "kommer att arbetas vidare på under 2021. I slutet av 2020 ägnades en del "
            "arbete åt att förbereda för en större utvärdering av SE/IPS-coachernas "
            "arbete som ska genomföras under våren 2021. **Målet är uppfyllt.**"
        ),
        "",
    ),
    (
        "Övrigt",
        (
            "Hösten 2020 beslutade styrelsen att implementera arbetssättet genom att "
            "köpa tjänst på heltid som **verksamhetsutvecklare**, med ungefär samma "
            "innehåll som under projektiden. Processutvecklaren avslutade sin tjänst med "
            "att skriva en slutrapport om projektet, som finns på förbundets hemsida."
        ),
        "",
    ),
    (
        "Ekonomi",
        (
            "Förbundet beviljade max 701.000kr för 2020 till en heltidstjänst och "
            "omkostnader. Utfallet blev 630.701kr. Differensen beror på mindre "
            "omkostnader än beräknat på grund av pandemin och att processutvecklaren "
            "arbetat deltid del av året."
        ),
        "",
    ),
    (
        "Kompetensutveckling",
        (
            "Förbundet organiserar och finansierar olika former av gemensam "
            "kompetensutveckling för anställda hos medlemmarna. 2020 har dock varit ett "
            "annorlunda år och vi har fått arbeta efter andra förutsättningar än vi är "
            "vana vid. De fysiska mötena har reducerats kraftigt. Många lokala, "
            "regionala och nationella samlingar har ställts in. Totalt deltog över 200 "
            "kvinnor och män i årets samlingar, vilket är färre än förra året.\n"
            "\n"
            "I början på september lanserades Insatskatalogen på Gummifabriken i "
            "Värnamo. Ida Olofsson, projektledare Insatskatalogen, från "
            "Samordningsförbundet Centrala Östergötland informerade om bakgrund och "
            "uppbyggnad av Insatskatalogen. Sedan tog Annika Malm, inspiratör och "
            "föreläsare över och gav oss ökad kunskap och verktyg för att skapa bra "
            "samverkan, framgångsrika arbetsgivarrelationer och bestående resultat i "
            "stöd till deltagare att komma in på arbetsmarknaden.\n"
            "\n"
            "Under hösten fortsatte Annika Malm att inspirera i två workshops på Arken i "
            "Värnamo. Här deltog främst arbetscoacher, SE/IPS coacher och SIUS från "
            "Arbetsförmedlingen. Tema var bl a fördjupad kunskap vad gäller "
            "arbetsgivarrelationer.\n"
            "\n"
            "Supported Education är en framgångsrik metod att hjälpa personer med "
            "funktionsnedsättning som vill studera. För att stödja den fortsatta "
            "spridningen av metoden och kvalitetssäkring av arbetet har de tre "
            "samordningsförbunden i länet finansierat två grundutbildningar inom SED. "
            "Utbildningen genomfördes digitalt tillsammans med Misa Kompetens."
        ),
        "",
    ),
    (
        "Annan samverkan och strukturpåverkan",
        (
            "Arenasamverkan har fortsatt. Arenasamverkan innebär återkommande möten med "
            "handläggare från kommun, Arbetsförmedlingen, Försäkringskassan och "
            "rehabkoordinator i vården. Man samråder bl a om hur man ska arbeta "
            "tillsammans med individer med komplexa behov. Under 2020 mötes de fyra "
            "grupperna i GGVV totalt 30 gånger och hade samråd om situationen för 28 "
            "kvinnor och 34 män.\n"
            "\n"
            "Förbundet deltar även i andra former av nationell och regional samverkan "
            "med fokus på delande av erfarenheter och utveckling, t ex Nationella "
            "Nätverket för Samordningsförbund (NNS), Nätverket Kust till kust och de "
            "andra förbunden i Jönköpings län.\n"
            "\n"
            "Förbundschefen har kontakter med nationella aktörer för en bättre "
            "utveckling av förbundens arbete och samverkan inom välfärdsområdet. Han "
            "deltar bl a i utvecklingen av uppföljningssystemet SUS, Indikatorer för "
            "finansiell samordning och Insatskatalogen."
        ),
        "",
    ),
    (
        "Balanskravsresultat",
        "",
        "balanskrav",
    ),
]

# sodra-vatterbygden-arsredovisning-2024.txt, 1.4 (the table of participants is the block).
SODRA_2024_HUSHALLNING = (
    "Styrelsen följer löpande upp ekonomin i förbundet och tillser att medlen "
    "används på ett så effektivt sätt som möjligt. Administrationskostnaderna "
    "hålls på en låg nivå, bl a genom ett nära samarbete med Finnvedens "
    "Samordningsförbund. Trots att förbundet måste följa samma lagar som "
    "kommuner och regioner ligger administrativa kostnaderna bara på 10-15% av "
    "totalbudgeten. Resten används till insatser. 10% av årets utfall gick till "
    "strukturinriktat arbete och över 80% till individinriktade insatser. Nästan "
    "alla medel till individinriktade insatserna gick under 2024 till "
    "långsiktigt finansierade insatser."
)

SODRA_2024_HUSHALLNING_SUBSECTIONS: list[tuple[str, str, str]] = [
    (
        "Uppföljning av verksamheten",
        (
            "När man följer upp om en insats är framgångsrik eller inte så är det "
            "viktigt att utgå från vilken typ av verksamhet det är – förberedande, "
            "utredande eller arbetslivsinriktad. Målen för respektive insats sätts "
            "utifrån målgruppen och inriktningen på insatsen. Måluppfyllnaden behöver "
            "bedömas utifrån respektive insats´ målsättningar. Så sker i Bilaga 2.\n"
            "\n"
            "Huruvida de övergripande verksamhetsmålen i förbundets verksamhetsplan för "
            "2024 uppnåtts kommenteras i bilaga 1. Sju av de tretton målen i "
            "verksamhetsplanen för 2024 bedöms uppfyllda under året, fem bedöms inte "
            "vara uppfyllda, ett delvis uppfyllt och ett mål har inte varit möjligt att "
            "bedöma.\n"
            "\n"
            "De finansiella målen i Verksamhetsplan 2024 är uppfyllda: verksamheten har "
            "bedrivits inom ramen för tilldelade ekonomiska medel, likviditeten är "
            "mycket god, förbundet har inte skuldsatt sig och medel har inte placerats "
            "på sådant sätt att det kan minska i värde. Förbundet har en budget i "
            "balans.\n"
            "\n"
            "Det är styrelsens bedömning att förbundet, trots att alla delmål inte "
            "uppfyllts, under året har bedrivit verksamheten på ett sådant sätt att en "
            "god ekonomisk hushållning uppnåtts."
        ),
        "",
    ),
    (
        "Insatser",
        (
            "Förbundet arbetar dels strukturinriktat, för att förbättra samverkan kring "
            "stödet till förbundets målgrupp, dels genom finansiering av "
            "individinriktade insatser."
        ),
        "",
    ),
    (
        "Individinriktade insatser",
        (
            "Samordningsförbund får inte driva egen verksamhet, utan finansierar helt "
            "eller delvis insatser som en eller flera av medlemmarna driver tillsammans "
            "för förbundets målgrupp.\n"
            "\n"
            "Vid årsskiftet 2022-2023 upphörde användningen av nationella "
            "uppföljningssystemet SUS. Systemet har ännu inte ersatts med något nytt "
            "gemensamt system, varför mängden information som kan följas upp i år har "
            "begränsats.\n"
            "\n"
            "Totalt 253 personer deltog i insatser som helt eller delvis finansieras av "
            "förbundet, varav 134 kvinnor och 119 män. Det är betydligt fler än förra "
            "året. 162 av dem började under året. Vad gäller IT-spåret räknas enbart "
            "deltagare från förbundets område. Totalt deltog 14 män och fem kvinnor från "
            "hela länet i IT-spårets verksamhet.\n"
            "\n"
            "Uppgifter finns om 79 avslutade deltagare. Elva av dem gick vidare till "
            "arbete, vilket är något fler än förra året, och sju till studier. Att inte "
            "fler går vidare till arbete från NOVA beror på att de möter en målgrupp som "
            "står så långt från arbetsmarknaden att målet inte är att de ska komma i "
            "arbete under tiden de är inskrivna. De förbereds för fortsatt stöd via "
            "ordinarie verksamheter. Att fyra deltagare trots detta har gått vidare till "
            "arbete eller studier är mycket positivt. Ett annat skäl att inte fler "
            "kommit till arbete är att fler arbetsgivare är restriktiva med praktik och "
            "anställning. Koll på förmåga är en tidsbegränsad, utredande insats som inte "
            "heller har målet att hjälpa sina deltagare till arbete.\n"
            "\n"
            "Vanligaste orsakerna till avslut under 2024 var att man gick vidare till "
            "fortsatt arbetslivs-inriktad rehabilitering eller avslutades på grund av "
            "sjukdom. De som avslutas på grund av sjukdom har med sig en planering för "
            "fortsatt hjälp genom vården. Flera av dem har också fått stöd att söka "
            "försörjning via Försäkringskassan.\n"
            "\n"
            "I Bilaga 2 finns en presentation av de fem individinriktade insatserna och "
            "hur var och en lyckats nå de mål som satts upp. En stor majoritet av de mål "
            "som gått att följa upp är uppfyllda helt eller till stor del.\n"
            "\n"
            "Under 2024 genomförde en konsult en genomlysning av insatserna NOVA, Enter "
            "och FIA. Den genomfördes som en del i en översyn av insatserna, för att de "
            "bättre skulle möta de aktuella behoven hos Finsams målgrupp. Deltagarflödet "
            "i och mellan insatserna var också otydligt. Flera viktiga "
            "utvecklingsområden identifierades, som förbundet, de tre insatserna och "
            "berörda parter kommer att arbeta vidare med under 2025."
        ),
        "deltagare",
    ),
    (
        "Indikatorer för finansiell samordning",
        (
            "Syftet med indikatorer för finansiell samordning är att följa upp hur väl "
            "berörda parter samverkar kring förbundets målgrupp. Enkätfrågor har under "
            "året ställts till pågående deltagare och avslutade deltagare. Analysen av "
            "indikatorerna hjälper till att identifiera styrkor och svagheter i "
            "samordningen och används som underlag för att förbättra och utveckla "
            "förbundens arbete.\n"
            "\n"
            "Mätning genomförs från november varje år till oktober följande år och en "
            "nationell analys publiceras i februari. Den analysen bygger även på enkäter "
            "till andra respondentgrupper,\n"
            "\n"
            "vilket gör att jämförelsemöjligheterna är begränsade. Nationella analysen "
            "finns på NNS hemsida nns.samordning.org\n"
            "\n"
            "Under pågående insats upplever fler individer år 2024 jämfört med 2023 att "
            "stödet de får är användbart och att de har möjlighet att påverka vilken typ "
            "av stöd de får. Så många som 95% av kvinnorna uppger att de får det stöd de "
            "behöver. Dessutom känner fler att personalen tar hänsyn till deras "
            "erfarenheter, åsikter och kunskaper.\n"
            "\n"
            "Vid avslut av insatsen är det däremot färre som känner sig redo att börja "
            "arbeta eller studera jämfört med förra året. Även upplevelsen av att det "
            "finns en tydlig planering för vad som händer efter insatsen har minskat. "
            "Bland de som har en plan framåt anser betydligt färre att stödet kan sättas "
            "i gång inom en rimlig tidsram. Denna upplevelse är vanligare bland män än "
            "bland kvinnor."
        ),
        "",
    ),
    (
        "Antidiskriminering och jämställdhet",
        (
            "Under 2024 intensifierades arbetet med jämställdhet och diskriminering, bl "
            "a genom att en Antidiskriminerings- och jämställdhetspolicy antogs.\n"
            "\n"
            "Förbundet anslöt under 2022 till ett regeringsuppdrag som Nationella "
            "Nätverket för samordningsförbund (NNS) fått med mål att *motverka och "
            "stoppa psykiskt, fysiskt och sexuellt våld*. Under 2023 utbildades all "
            "personal i våra finansierade insatser i att ställa frågor om våld. "
            "Implementeringen med att rutinmässigt ska ställa frågor om våld till "
            "samtliga deltagare påbörjades under 2024. Genom att vara utbildade i att "
            "ställa frågor om våld kan personalen på ett effektivt sätt uppmärksamma och "
            "erbjuda stöd till dem som behöver det."
        ),
        "",
    ),
    (
        "Uppföljning och resultat för strukturinriktade insatser",
        (
            "Den *nya samverkansformen VerkSam* kom i gång under 2024. I stort sett alla "
            "grupper har kommit i gång. Totalt har 52 möten registrerats under året, "
            "mellan handläggare inom kommunernas försörjningsstöd och de vårdgivare som "
            "finns i Jönköping, Habo och Mullsjö. Upplevelsen av mötena var att de var "
            "mycket effektiva och tidsbesparande (79% svarade max-värdet i enkät som "
            "besvaras gemensamt vid varje möte).\n"
            "\n"
            "Under året har utbildningar i *BIP/SKAPA och reflexiv praxis* genomförts "
            "både inom våra finansierade verksamheter och hos våra parter. Vi har även "
            "inspirerat och bidragit till utvecklingen av dessa arbetssätt hos andra "
            "samordningsförbund runt om i landet. Verksamhetsutvecklarna i Finnveden och "
            "Södra Vätterbygden har dessutom utbildat externa verksamheter och projekt i "
            "BIP/SKAPA. Detta har inte bara genererat vissa intäkter för förbunden utan "
            "också skapat möjligheter att vidareutveckla arbetssättet till förmån för "
            "vårt eget förbund.\n"
            "\n"
            "Samverkansmodellen *Rätt stöd, rätt försörjning* är ett ramverk för "
            "samordning av arbetslivsinriktade rehabiliteringsinsatser för personer som "
            "saknar sjukpenningsgrundande inkomst (SGI) och som har sin arbetsförmåga "
            "nedsatt på grund av sjukdom eller ohälsa. För på ett få bättre spridning är "
            "planen att modellen ska finnas tillgänglig på Regionens sida för "
            "kommunsamverkan under nästa år. I vårt geografiska område hanteras dessa "
            "frågor inom ramen för VerkSam.\n"
            "\n"
            "Under 2024 inkom 17 *Lex Heller-anmälningar* till förbundet, vilket är en "
            "fortsatt ökning sedan förra året. En rapport visar vilka åtgärder som "
            "vidtagits med anledning av anmälningarna:\n"
            "\n"
            "- Info till berörda chefer vid bemötandeproblem och när rutiner och "
            "kontaktvägar inte fungerat\n"
            "- Info till berörda politiker och förvaltningar vid brister vad gäller "
            "stödformer\n"
            "- Samverkanskoppen med info om AFs digitala arbetsätt och Statens "
            "Servicecenter\n"
            "- Kompetensutveckling kring olika former av funktionsnedsättningar, "
            "parternas uppdrag och ansvar, kulturkunskap, bemötande, SIP och "
            "samverkansformer.\n"
            "\n"
            "Välfärdsguiden är en sökpattform med stödformer inom välfärdsområdet som "
            "lanserades inom förbundets område 2023. Under 2024 har texter konverterats "
            "från Insatskatalogen till Välfärdsguiden och nya texter skapats. "
            "Plattformen är utformad för att vara användarvänlig och möta behoven hos "
            "olika målgrupper.\n"
            "\n"
            "Utbildningsinsats: fokus på länderkunskap, kulturmöten, psykisk ohälsa, "
            "interkulturell kommunikation, värde- och normkrockar samt syn på arbete och "
            "arbetsmarknaden. Förbundet genomförde utbildningar tillsammans med "
            "inKultura inom ramen för Regionens Psykiatrivecka. Utbildningen erbjöds på "
            "plats i Jönköping och Värnamo samt tillgång till inKulturas digitala "
            "plattform. Totalt deltog ca 100 personer på plats och ytterligare 40 deltog "
            "digitalt. Alla som deltog på plats fick också möjlighet att se utbildningen "
            "digitalt.\n"
            "\n"
            "Förbundet arbetar aktivt med att hålla *hemsidan finsamjonkopingslan.se* "
            "uppdaterad med information om kompetensutveckling, pågående insatser mm.\n"
            "\n"
            "Förbundet deltar även *i andra former av nationell och regional samverkan* "
            "med fokus på utveckling, t ex med Nationella Rådet, Nationella Nätverket "
            "för samordningsförbund (NNS), Nätverket Kust till Kust och Kommunal "
            "Utveckling."
        ),
        "",
    ),
    (
        "Balanskravsresultat",
        "",
        "balanskrav",
    ),
]
