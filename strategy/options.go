package strategy

// The answers the catalogue's choice questions take (Question.Options).

func languageOptions(*Plan) []Option {
	return []Option{
		{LangEnglish, Text{En: "English", Nb: "engelsk", Nn: "engelsk"}},
		{LangBokmal, Text{En: "Norwegian bokmål", Nb: "norsk bokmål", Nn: "norsk bokmål"}},
		{LangNynorsk, Text{En: "Norwegian nynorsk", Nb: "norsk nynorsk", Nn: "norsk nynorsk"}},
	}
}

func kindOptions(*Plan) []Option {
	out := make([]Option, len(Kinds))
	for i, k := range Kinds {
		out[i] = Option{k.ID, k.Name}
	}
	return out
}

func presenceOptions(*Plan) []Option {
	return []Option{
		{PresenceActive, Text{En: "we will be on social media", Nb: "vi skal være i sosiale medier", Nn: "vi skal vere i sosiale medium"}},
		{PresenceNone, Text{
			En: "we decide not to be, and say why in no_presence_reason",
			Nb: "vi velger å ikke være der, og sier hvorfor i no_presence_reason",
			Nn: "vi vel å ikkje vere der, og seier kvifor i no_presence_reason",
		}},
	}
}

// channelOptions are the channels the product knows; a plan may name any
// other channel of its own too.
func channelOptions(*Plan) []Option {
	out := make([]Option, len(Channels))
	for i, c := range Channels {
		out[i] = Option{c.ID, Text{En: c.Name, Nb: ChannelNameIn(c.ID, LangBokmal), Nn: ChannelNameIn(c.ID, LangNynorsk)}}
	}
	return out
}

// purposeOptions names the purposes in the words of the plan's kind.
func purposeOptions(p *Plan) []Option {
	out := make([]Option, len(Purposes))
	for i, pu := range Purposes {
		out[i] = Option{pu.ID, Text{
			En: PurposeName(pu.ID, p.Organisation.Kind, LangEnglish),
			Nb: PurposeName(pu.ID, p.Organisation.Kind, LangBokmal),
			Nn: PurposeName(pu.ID, p.Organisation.Kind, LangNynorsk),
		}}
	}
	return out
}

func spokespeopleOptions(p *Plan) []Option {
	out := make([]Option, len(Spokespeople))
	for i, s := range Spokespeople {
		out[i] = Option{s.ID, Text{
			En: SpokespeopleNameFor(s.ID, p.Organisation.Kind, LangEnglish),
			Nb: SpokespeopleNameFor(s.ID, p.Organisation.Kind, LangBokmal),
			Nn: SpokespeopleNameFor(s.ID, p.Organisation.Kind, LangNynorsk),
		}}
	}
	return out
}
