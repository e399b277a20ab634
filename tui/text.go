package tui

import "github.com/socialstrategy/socialstrategy/strategy"

// t is every phrase the wizard shows, in English and bokmål side by side.
// TestTextComplete fails when a phrase lacks one of its languages.
type t = strategy.Text

var text = struct {
	AppName, Saved, SaveFailed, StepOf, Unsaved t

	StepWelcome, StepOrganisation, StepPresence, StepChannels, StepChannelPlans,
	StepVoice, StepResponses, StepListening, StepReview t

	WelcomeTitle, WelcomeBody, WelcomeKeys, WelcomeKeysPlain, Language t

	OrgName, OrgNameHelp, OrgNameRequired, OrgAbout, OrgAboutHelp, OrgAudiences, OrgAudiencesHelp t

	Presence, PresenceHelp, PresenceYes, PresenceNo                              t
	NoReason, NoReasonHelp, NoReasonRequired, Revisit, RevisitHelp, RevisitOwner t

	Channels, ChannelsHelp, CustomChannels, CustomChannelsHelp, ChannelsRequired t

	ChannelWhat, ChannelHow, Purposes, PurposesHelp, Goal, GoalHelp, Measures, MeasuresHelp, MeasuresSuggest t
	Audience, AudienceHelp, Owner, OwnerHelp, Cadence, CadenceHelp, Tone, ToneHelp                           t

	VoiceTone, VoiceToneHelp, Spokespeople, SpokespeopleHelp, SpokesNames, SpokesNamesHelp, Guidelines, GuidelinesHelp t

	ResponsesTitle, PraiseApproach, PraiseTime, PraiseOwner, CritApproach, CritTime, CritOwner, Escalation, EscalationHelp t
	DefPraise, DefPraiseTime, DefCrit, DefCritTime                                                                         t

	IncidentTitle, IncidentHelp, Lead, LeadHelp, IncidentChannels, Holding, HoldingHelp, Interval, IntervalHelp t
	DefHolding, DefInterval                                                                                     t

	ListeningTitle, Terms, TermsHelp, Frequency, ListenOwner, ReviewCadence, ReviewOwner, DefFrequency, DefReview t

	GoToStep, Adviser, ReviewAllDecided, ReviewOpen, ReviewRendering, ReviewFinish t

	SemicolonHint, QuitConfirm, QuitYes t
	AtLimit, PasteCut, EditorCut        t

	AsidePresence, AsideChannels, AsideVoice, AsideResponses, AsideListening, AsideReason, AsideUnticked, Restored, And t

	LinesKeys, MeasuresPick, MeasuresOther, NoEditor, EditorFailed t

	NotUTF8, TooLong, TryAgain, PlainChoice, PlainChoices, OverLimit, NotAnOption, RefusedAt t

	KeyNext, KeyBack, KeyQuit, KeySwitch, KeyJump, KeyFinish, KeyLang, KeyNewline, KeyEditor t
}{
	AppName:    t{En: "Social media strategy", Nb: "Strategi for sosiale medier"},
	Saved:      t{En: "saved to", Nb: "lagret i"},
	SaveFailed: t{En: "could not save", Nb: "kunne ikke lagre"},
	StepOf:     t{En: "Step %d of %d", Nb: "Steg %d av %d"},
	Unsaved:    t{En: "not saved yet", Nb: "ikke lagret ennå"},

	StepWelcome:      t{En: "Welcome", Nb: "Velkommen"},
	StepOrganisation: t{En: "Organisation", Nb: "Virksomheten"},
	StepPresence:     t{En: "Presence", Nb: "Til stede?"},
	StepChannels:     t{En: "Channels", Nb: "Kanaler"},
	StepChannelPlans: t{En: "Channel plans", Nb: "Plan per kanal"},
	StepVoice:        t{En: "Voice", Nb: "Tone og talspersoner"},
	StepResponses:    t{En: "Responses", Nb: "Dialog og kriser"},
	StepListening:    t{En: "Listening and review", Nb: "Lytting og evaluering"},
	StepReview:       t{En: "Review", Nb: "Gjennomgang"},

	WelcomeTitle: t{En: "Let's write your social media strategy", Nb: "La oss skrive strategien deres for sosiale medier"},
	WelcomeBody: t{
		En: "A few questions about your organisation: which channels your customers use, what you use each for, " +
			"who speaks for you, and how you answer praise, criticism and incidents. It takes about 10 minutes. " +
			"Deciding not to be on social media is a fine answer too.",
		Nb: "Dere får noen spørsmål om virksomheten: hvilke kanaler kundene bruker, hva dere bruker hver kanal til, " +
			"hvem som uttaler seg på vegne av dere, og hvordan dere svarer på ros, kritikk og uventede hendelser. " +
			"Det tar rundt ti minutter. Å velge bort sosiale medier kan også være et godt svar.",
	},
	WelcomeKeys: t{
		En: "Enter goes on, esc goes back, ctrl+c quits. Your answers are saved after every step.",
		Nb: "Trykk Enter for å gå videre, esc for å gå tilbake og ctrl+c for å avslutte. Svarene lagres etter hvert steg.",
	},
	WelcomeKeysPlain: t{
		En: "Type an answer and press Enter; an empty line keeps the answer shown in brackets. Your answers are saved after every step.",
		Nb: "Skriv et svar og trykk Enter. Trykker dere bare Enter, beholdes svaret som står i hakeparentes. Svarene lagres etter hvert steg.",
	},
	Language: t{En: "Language / Språk", Nb: "Språk / Language"},

	OrgName:          t{En: "What is the organisation called?", Nb: "Hva heter virksomheten?"},
	OrgNameHelp:      t{En: "A business, club, school project or public body", Nb: "En bedrift, en forening, et skoleprosjekt eller en offentlig etat"},
	OrgNameRequired:  t{En: "Give the organisation's name; the document is titled with it", Nb: "Skriv navnet på virksomheten – det blir tittelen på dokumentet"},
	OrgAbout:         t{En: "What does it do?", Nb: "Hva gjør virksomheten?"},
	OrgAboutHelp:     t{En: "One or two sentences", Nb: "Én eller to setninger"},
	OrgAudiences:     t{En: "Who do you want to reach?", Nb: "Hvem vil dere nå?"},
	OrgAudiencesHelp: t{En: "Past, present and future customers. One group per line", Nb: "Tidligere, nåværende og fremtidige kunder. Én gruppe per linje"},

	Presence:     t{En: "Are your current or potential customers on social media?", Nb: "Er nåværende eller potensielle kunder i sosiale medier?"},
	PresenceHelp: t{En: "If they are not, staying away is a strategy too", Nb: "Er de ikke det, er det også en strategi å holde seg unna"},
	PresenceYes:  t{En: "Yes: we will be there", Nb: "Ja: vi skal være til stede"},
	PresenceNo:   t{En: "No: we decide not to be on social media", Nb: "Nei: vi velger bort sosiale medier"},

	NoReason:         t{En: "Why will you not be on social media?", Nb: "Hvorfor skal dere ikke være til stede i sosiale medier?"},
	NoReasonHelp:     t{En: "E.g. none of our current or potential buyers are there; they find us at trade fairs", Nb: "F.eks. verken dagens eller nye kunder er der; de finner oss på messer"},
	NoReasonRequired: t{En: "Say why, in a sentence; it is the heart of this strategy", Nb: "Skriv hvorfor, gjerne i én setning – det er kjernen i strategien"},
	Revisit:          t{En: "When will you look at this decision again?", Nb: "Når skal dere vurdere beslutningen på nytt?"},
	RevisitHelp:      t{En: "A date or a cadence, e.g. January 2027 or every year", Nb: "En dato eller et intervall, f.eks. januar 2027 eller hvert år"},
	RevisitOwner:     t{En: "Who is responsible for that?", Nb: "Hvem har ansvaret for det?"},

	Channels:           t{En: "Which channels will you use?", Nb: "Hvilke kanaler skal dere bruke?"},
	ChannelsHelp:       t{En: "Where your audience already is. ↑/↓ moves (12 in all), space or x toggles", Nb: "Velg kanalene der målgruppen allerede er. ↑/↓ flytter (12 i alt), mellomrom eller x krysser av"},
	CustomChannels:     t{En: "Any other channels?", Nb: "Andre kanaler?"},
	CustomChannelsHelp: t{En: "Names separated by commas, e.g. Newsletter, Discord", Nb: "Navn skilt med komma, f.eks. Nyhetsbrev, Discord"},
	ChannelsRequired:   t{En: "Choose at least one channel above or name one here, or go back and answer No to presence", Nb: "Velg eller skriv inn minst én kanal – eller gå tilbake og svar nei"},

	ChannelWhat:     t{En: "what for", Nb: "formål og mål"},
	ChannelHow:      t{En: "how", Nb: "gjennomføring"},
	Purposes:        t{En: "What will you use %s for?", Nb: "Hva skal dere bruke %s til?"},
	PurposesHelp:    t{En: "Choose one or more. Space or x toggles", Nb: "Velg ett eller flere. Mellomrom eller x krysser av"},
	Goal:            t{En: "What is the goal for %s?", Nb: "Hva er målet for %s?"},
	GoalHelp:        t{En: "Measurable, with a number and a date: Reach 2,000 local followers by June 2027", Nb: "Målbart, med tall og dato: Nå 2 000 lokale følgere innen juni 2027"},
	Measures:        t{En: "How will you measure it?", Nb: "Hvordan skal dere måle det?"},
	MeasuresHelp:    t{En: "Separate with commas", Nb: "Skill med komma"},
	MeasuresSuggest: t{En: "Fits your purposes: %s", Nb: "Forslag som passer til formålene: %s"},
	Audience:        t{En: "Who do you reach there?", Nb: "Hvem når dere der?"},
	AudienceHelp:    t{En: "E.g. families nearby, 25-45", Nb: "F.eks. barnefamilier i nærområdet, 25–45 år"},
	Owner:           t{En: "Who owns the channel?", Nb: "Hvem har ansvaret for kanalen?"},
	OwnerHelp:       t{En: "A person or role, e.g. Kari (café manager)", Nb: "En person eller rolle, f.eks. Kari (kafésjef)"},
	Cadence:         t{En: "How often will you post?", Nb: "Hvor ofte skal dere publisere?"},
	CadenceHelp:     t{En: "E.g. 3 posts a week", Nb: "F.eks. 3 innlegg i uka"},
	Tone:            t{En: "What tone fits this channel?", Nb: "Hvilken tone passer i denne kanalen?"},
	ToneHelp:        t{En: "Each channel demands something different, e.g. warm and playful, photo first", Nb: "Hver kanal krever noe eget, f.eks. varm og leken, med bildene i sentrum"},

	VoiceTone:        t{En: "How should you come across overall?", Nb: "Hvordan vil dere fremstå i sosiale medier?"},
	VoiceToneHelp:    t{En: "E.g. friendly, plain language", Nb: "F.eks. vennlig, med et enkelt språk"},
	Spokespeople:     t{En: "Who may speak for the organisation?", Nb: "Hvem kan uttale seg på vegne av virksomheten?"},
	SpokespeopleHelp: t{En: "Everyone, or only some?", Nb: "Alle, eller bare noen?"},
	SpokesNames:      t{En: "Who are they?", Nb: "Hvem er de?"},
	SpokesNamesHelp:  t{En: "Names or roles, separated by commas", Nb: "Navn eller roller, skilt med komma"},
	Guidelines:       t{En: "Guidelines for staff", Nb: "Retningslinjer for bruk av sosiale medier"},
	GuidelinesHelp:   t{En: "One per line, e.g. Ask before posting photos of customers", Nb: "For ansatte, én per linje, f.eks. Spør før du legger ut bilder av kunder"},

	ResponsesTitle: t{En: "Praise and criticism", Nb: "Ros og kritikk"},
	PraiseApproach: t{En: "How do you answer praise?", Nb: "Hvordan svarer dere på ros?"},
	PraiseTime:     t{En: "How soon?", Nb: "Hvor raskt?"},
	PraiseOwner:    t{En: "Who answers praise?", Nb: "Hvem svarer på ros?"},
	CritApproach:   t{En: "How do you answer criticism?", Nb: "Hvordan svarer dere på kritikk?"},
	CritTime:       t{En: "How soon?", Nb: "Hvor raskt?"},
	CritOwner:      t{En: "Who answers criticism?", Nb: "Hvem svarer på kritikk?"},
	Escalation:     t{En: "Who takes over when it is serious?", Nb: "Hvem tar over når det er alvorlig?"},
	EscalationHelp: t{En: "E.g. Ola, for anything about food safety", Nb: "F.eks. Ola, ved alt som gjelder mattrygghet"},
	DefPraise:      t{En: "Thank within a day; share the best with permission", Nb: "Takk innen et døgn; del de beste når vi har fått lov"},
	DefPraiseTime:  t{En: "24 hours", Nb: "24 timer"},
	DefCrit:        t{En: "Acknowledge publicly, take details to private messages", Nb: "Bekreft åpent at vi har sett det; ta detaljene privat"},
	DefCritTime:    t{En: "4 hours", Nb: "4 timer"},

	IncidentTitle:    t{En: "When something unexpected happens", Nb: "Når noe uventet skjer"},
	IncidentHelp:     t{En: "Know beforehand how, what to say, and how people are kept updated", Nb: "Bestem på forhånd hvem som leder, hva dere sier, og hvordan dere oppdaterer"},
	Lead:             t{En: "Who leads?", Nb: "Hvem leder kommunikasjonen?"},
	LeadHelp:         t{En: "One person decides what is said", Nb: "Én person bestemmer hva som sies"},
	IncidentChannels: t{En: "Where do you inform?", Nb: "Hvor informerer dere?"},
	Holding:          t{En: "Your first statement", Nb: "Første melding"},
	HoldingHelp:      t{En: "What happened, who is affected, what you do, where updates come and when", Nb: "Hva som har skjedd, hvem som er berørt, hva dere gjør, og hvor og når oppdateringene kommer"},
	Interval:         t{En: "How often do you update?", Nb: "Hvor ofte oppdaterer dere?"},
	IntervalHelp:     t{En: "And what you do afterwards", Nb: "Og hva dere gjør etterpå"},
	DefHolding: t{
		En: "We know something has gone wrong and are working on it. If you are affected, we will tell you what it means for you and what to do as soon as we know more. Updates come here, the next within two hours.",
		Nb: "Vi vet at noe har gått galt, og vi jobber med saken. Er du berørt, forteller vi så snart vi vet mer hva det betyr for deg, og hva du bør gjøre. Vi oppdaterer her, og neste oppdatering kommer innen to timer.",
	},
	DefInterval: t{
		En: "every 2 hours; afterwards pause scheduled posts and hold a short review",
		Nb: "annenhver time; etterpå stanser vi planlagte innlegg og evaluerer",
	},

	ListeningTitle: t{En: "Listening and review", Nb: "Lytting og evaluering"},
	Terms:          t{En: "What will you listen for?", Nb: "Hva skal dere lytte etter?"},
	TermsHelp:      t{En: "Your name, products, hashtags, competitors; separated by commas", Nb: "Navnet deres, produkter, emneknagger og konkurrenter, skilt med komma"},
	Frequency:      t{En: "How often?", Nb: "Hvor ofte lytter dere?"},
	ListenOwner:    t{En: "Who listens?", Nb: "Hvem lytter?"},
	ReviewCadence:  t{En: "When will you review this strategy?", Nb: "Når skal dere evaluere strategien?"},
	ReviewOwner:    t{En: "Who is responsible for the review?", Nb: "Hvem har ansvaret for evalueringen?"},
	DefFrequency:   t{En: "daily", Nb: "daglig"},
	DefReview:      t{En: "quarterly", Nb: "hvert kvartal"},

	Adviser:          t{En: "Adviser (%d)", Nb: "Rådgiveren (%d)"},
	GoToStep:         t{En: "Change an earlier step", Nb: "Endre et tidligere steg"},
	ReviewAllDecided: t{En: "Everything is decided.", Nb: "Alt er avklart."},
	ReviewOpen:       t{En: "%d of %d points still to be decided:", Nb: "%d av %d punkter er ikke avklart ennå:"},
	ReviewRendering:  t{En: "Rendering…", Nb: "Lager forhåndsvisning …"},
	ReviewFinish:     t{En: "Write the document (ctrl+s)", Nb: "Skriv dokumentet (ctrl+s)"},

	SemicolonHint: t{En: "Several? Separate them with ;", Nb: "Flere? Skill dem med ;"},
	AtLimit:       t{En: "This answer is as long as it can be: %d characters.", Nb: "Lenger kan ikke dette svaret være: %d tegn."},
	PasteCut: t{
		En: "The paste was cut: this answer takes at most %d characters, and %d did not fit.",
		Nb: "Det som ble limt inn, ble kuttet: svaret kan ha høyst %d tegn, og %d fikk ikke plass.",
	},
	EditorCut: t{
		En: "The text from the editor was cut: this answer takes at most %d characters, and %d did not fit.",
		Nb: "Teksten fra editoren ble kuttet: svaret kan ha høyst %d tegn, og %d fikk ikke plass.",
	},
	AsidePresence: t{
		En: "Set aside, not deleted: %s. They stay in the answers file under set_aside and come back if you answer Yes again.",
		Nb: "Lagt til side, ikke slettet: %s. Svarene ligger i svarfilen under set_aside og kommer tilbake hvis dere svarer ja igjen.",
	},
	AsideChannels:  t{En: "the plans for %s", Nb: "planene for %s"},
	AsideVoice:     t{En: "the voice", Nb: "tone og talspersoner"},
	AsideResponses: t{En: "the answers to praise, criticism and incidents", Nb: "svar på ros, kritikk og hendelser"},
	AsideListening: t{En: "listening", Nb: "lytting"},
	AsideReason: t{
		En: "Your reason for staying away is set aside, not deleted: it comes back if you answer No again.",
		Nb: "Begrunnelsen for å holde dere unna er lagt til side, ikke slettet: den kommer tilbake hvis dere svarer nei igjen.",
	},
	AsideUnticked: t{
		En: "Set aside, not deleted: the plan for %s. Tick it again to bring it back.",
		Nb: "Lagt til side, ikke slettet: planen for %s. Kryss av igjen for å hente den tilbake.",
	},
	Restored: t{En: "Brought back: the plan for %s.", Nb: "Hentet tilbake: planen for %s."},
	And:      t{En: "and", Nb: "og"},
	LinesKeys: t{
		En: "Enter adds another line; enter on an empty line goes on",
		Nb: "Enter gir ny linje; Enter på en tom linje går videre",
	},
	MeasuresPick:  t{En: "Fits your purposes: tick those you will follow (space or x)", Nb: "Passer til formålene: kryss av dem dere vil følge med på (mellomrom eller x)"},
	MeasuresOther: t{En: "Other measures?", Nb: "Andre måltall?"},
	NoEditor: t{
		En: "No editor found: set VISUAL or EDITOR (e.g. export EDITOR=nano), or type the answer here.",
		Nb: "Fant ingen editor: sett VISUAL eller EDITOR (f.eks. export EDITOR=nano), eller skriv svaret her.",
	},
	EditorFailed: t{
		En: "The editor %s did not finish (%v); the answer is as it was.",
		Nb: "Editoren %s ble ikke ferdig (%v); svaret er som før.",
	},
	NotUTF8: t{
		En: "this line is not UTF-8 text; save the answers as UTF-8",
		Nb: "denne linjen er ikke UTF-8-tekst; lagre svarene som UTF-8",
	},
	TooLong:      t{En: "this line is longer than %d bytes", Nb: "denne linjen er lenger enn %d byte"},
	TryAgain:     t{En: "Try again:", Nb: "Prøv igjen:"},
	PlainChoice:  t{En: "Type a number from 1 to %d (empty keeps the one marked *):", Nb: "Skriv et tall fra 1 til %d (tomt beholder det som er merket *):"},
	PlainChoices: t{En: "Type the numbers of all you choose, e.g. 1 3 (empty keeps those marked [x], - for none):", Nb: "Skriv tallene for alle dere velger, f.eks. 1 3 (tomt beholder dem som er merket [x], - for ingen):"},
	OverLimit:    t{En: "this answer takes at most %d characters; it has %d", Nb: "svaret kan ha høyst %d tegn; det har %d"},
	NotAnOption:  t{En: "%q is not one of the numbers 1 to %d", Nb: "%q er ikke et av tallene 1 til %d"},
	RefusedAt:    t{En: "line %d, %q: %s", Nb: "linje %d, %q: %s"},
	QuitConfirm:  t{En: "Quit? The answers on this page are not saved yet.", Nb: "Avslutte? Svarene på denne siden er ikke lagret ennå."},
	QuitYes:      t{En: "y quit · s save and quit · n keep going", Nb: "j avslutt · s lagre og avslutt · n fortsett"},

	KeyNext:    t{En: "next", Nb: "neste"},
	KeyBack:    t{En: "back", Nb: "tilbake"},
	KeyQuit:    t{En: "quit", Nb: "avslutt"},
	KeySwitch:  t{En: "scroll preview", Nb: "rull dokumentet"},
	KeyJump:    t{En: "open", Nb: "åpne"},
	KeyFinish:  t{En: "write", Nb: "skriv"},
	KeyLang:    t{En: "norsk", Nb: "English"},
	KeyNewline: t{En: "new line", Nb: "ny linje"},
	KeyEditor:  t{En: "editor", Nb: "editor"},
}
