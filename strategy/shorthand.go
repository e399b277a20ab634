package strategy

import "go.yaml.in/yaml/v3"

// shortKeys are the lists whose items are written as a plain string when
// only their first field is set: an audience with only a name is
// "- Families", as people write it by hand.
var shortKeys = map[string]string{"audiences": "name", "declined_channels": "id"}

// shorten writes list items that hold only their first field as that
// field's value, and lists of channel ids on one line.
func shorten(n *yaml.Node, own *texts) {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i].Value, n.Content[i+1]
			if first, ok := shortKeys[k]; ok && v.Kind == yaml.SequenceNode {
				for j, item := range v.Content {
					if item.Kind == yaml.MappingNode && len(item.Content) == 2 && item.Content[0].Value == first {
						v.Content[j] = item.Content[1]
					}
				}
			}
			if k == "where" && v.Kind == yaml.SequenceNode && allScalars(v, own) {
				v.Style = yaml.FlowStyle
			}
		}
	}
	for _, c := range n.Content {
		shorten(c, own)
	}
}

// UnmarshalYAML reads an audience as go-yaml's own decoder meets it: a
// plain string is the audience's name. Parse does the same with positions.
func (a *Audience) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*a = Audience{Name: n.Value}
		return nil
	}
	type plain Audience // without this method
	return n.Decode((*plain)(a))
}

// UnmarshalYAML reads a declined channel as go-yaml's own decoder meets
// it: a plain string is the channel's id.
func (d *Declined) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*d = Declined{ID: n.Value}
		return nil
	}
	type plain Declined
	return n.Decode((*plain)(d))
}
