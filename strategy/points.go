package strategy

// Point is one answer a complete plan gives, and whether it is given yet.
type Point struct {
	// Path is the field path, as in errors: channels[0].goal.
	Path string
	// Name is the point in words.
	Name Text
	// Channel is the id of the channel the point belongs to, empty for
	// points about the whole plan.
	Channel string
	Decided bool
}

// Label returns the point in words in the given language, with its
// channel: "Instagram: goal".
func (pt Point) Label(lang string) string {
	if pt.Channel != "" {
		return ChannelNameIn(pt.Channel, lang) + ": " + pt.Name.In(lang)
	}
	return pt.Name.In(lang)
}

// Points lists every point a complete plan decides, in document order:
// the questions of the catalogue on the quick path that apply to the plan,
// each channel's in turn. A plan without presence has fewer points than an
// active one. The optional sections' questions are in OptionalPoints.
func (p *Plan) Points() []Point { return p.points(false) }

// OptionalPoints lists the questions of the optional sections (document
// control, objectives, content, team and resources, governance,
// moderation, the incident plan's details, reporting) that apply to the
// plan, answered or not, in document order.
func (p *Plan) OptionalPoints() []Point { return p.points(true) }

func (p *Plan) points(optional bool) []Point {
	var pts []Point
	channelsDone := false
	for _, q := range Questions {
		if !q.Applies(p) || q.Point == (Text{}) && q.PointFor == nil {
			continue
		}
		if !q.PerChannel() {
			if q.Optional == optional {
				pts = append(pts, Point{Path: q.Key, Name: q.Label(p), Decided: q.Answered(p, 0)})
			}
			continue
		}
		if channelsDone {
			continue
		}
		channelsDone = true
		for i, c := range p.Channels {
			for _, cq := range Questions {
				if cq.PerChannel() && cq.Optional == optional && cq.Applies(p) {
					pts = append(pts, Point{Path: cq.Path(i), Name: cq.Label(p), Channel: c.ID, Decided: cq.Decided(p, i)})
				}
			}
		}
	}
	return pts
}

// Decided counts the points decided and the points in all.
func (p *Plan) Decided() (decided, total int) {
	for _, pt := range p.Points() {
		if pt.Decided {
			decided++
		}
	}
	return decided, len(p.Points())
}

// ToBeDecided is what the document prints for an answer a shown section
// leaves open; the adviser quotes it (templates.ToBeDecided is this).
var ToBeDecided = Text{En: "To be decided", Nb: "Ikke avklart ennå", Nn: "Ikkje avklart enno"}

// OpenOptional lists the optional points that apply to the plan and are
// not answered (see OptionalPoints), in document order: what the
// adviser's summary names as still open, so that a plan whose document
// lacks a section, or prints "To be decided", is never called finished.
func (p *Plan) OpenOptional() []Point {
	var out []Point
	for _, pt := range p.OptionalPoints() {
		if !pt.Decided {
			out = append(out, pt)
		}
	}
	return out
}
