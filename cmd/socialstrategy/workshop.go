package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/socialstrategy/socialstrategy/templates"
	"github.com/socialstrategy/socialstrategy/workshop"
)

func newWorkshopCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "workshop",
		Short: "See and collect the plans of a workshop",
		Long:  "workshop reads the data folder of `socialstrategy serve`, also while it runs.",
		Args:  noArgs,
	}
	var data, out, format string
	status := &cobra.Command{
		Use:     "status",
		Short:   "Show who is where: step reached, points decided, gaps",
		Example: "  socialstrategy workshop status --data ./workshop",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withWorkshop(data, func(store *workshop.Store) error {
				sums, err := store.Summaries()
				if err != nil {
					return err
				}
				printStatus(cmd, data, sums, time.Now())
				return nil
			})
		},
	}
	status.Flags().StringVar(&data, "data", "./workshop", "the workshop's data folder")

	collect := &cobra.Command{
		Use:   "collect",
		Short: "Write every participant's document, with an index linking them",
		Example: "  socialstrategy workshop collect --data ./workshop -o plans/\n" +
			"  socialstrategy workshop collect --format html -o plans/",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withWorkshop(data, func(store *workshop.Store) error {
				f, err := templates.ParseFormat(format)
				if err != nil {
					return usageError{fmt.Errorf("%w for --format", err)}
				}
				sums, err := store.CollectAs(out, f)
				if err != nil {
					return err
				}
				n := 0
				for _, s := range sums {
					if s.Answered() {
						n++
					}
				}
				fmt.Fprintf(cmd.OutOrStdout(), "Wrote %d plans and %s\n", n, filepath.Join(out, workshop.IndexFile(f)))
				return nil
			})
		},
	}
	collect.Flags().StringVar(&data, "data", "./workshop", "the workshop's data folder")
	collect.Flags().StringVarP(&out, "output", "o", "plans", "folder to write the documents and index.md to")
	collect.Flags().StringVar(&format, "format", "md", "md, html (web pages and an index.html) or docx (Word files and an index.html)")
	cmd.AddCommand(status, collect)
	return cmd
}

// withWorkshop opens an existing data folder for use, and closes it; it
// never creates one.
func withWorkshop(dir string, use func(*workshop.Store) error) error {
	if _, err := os.Stat(filepath.Join(dir, "participants")); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s holds no workshop; start one with `socialstrategy serve --data %s`, or point --data at its folder", dir, dir)
	}
	store, err := workshop.OpenStore(dir)
	if err != nil {
		return err
	}
	defer store.Close()
	return use(store)
}

func printStatus(cmd *cobra.Command, dir string, sums []workshop.Summary, now time.Time) {
	w := cmd.OutOrStdout()
	if len(sums) == 0 {
		fmt.Fprintln(w, "Nobody has connected yet.")
		return
	}
	rows := [][]string{{"PARTICIPANT", "ORGANISATION", "STEP", "DECIDED", "GAPS", "LAST ACTIVE"}}
	done := 0
	for _, s := range sums {
		org, decided, gaps := s.Organisation, "", ""
		switch {
		case s.Err != nil:
			org = "(cannot read the plan: see " + filepath.Join("participants", s.ID) + ")"
		case !s.Answered():
			org = "(no answers yet)"
		default:
			if org == "" {
				org = "(no name yet)"
			}
			decided, gaps = fmt.Sprintf("%d of %d", s.Decided, s.Total), fmt.Sprint(s.Gaps)
		}
		if s.Finished {
			done++
		}
		rows = append(rows, []string{s.ID, org, s.Step, decided, gaps, ago(s.LastActive, now)})
	}
	writeTable(w, rows)
	people := "participants"
	if len(sums) == 1 {
		people = "participant"
	}
	fmt.Fprintf(w, "%d %s, %d finished.\n", len(sums), people, done)
	for _, s := range sums {
		if len(s.Kept) == 0 {
			continue
		}
		kept := filepath.Join(dir, "participants", s.ID, s.Kept[0])
		earlier := ""
		if len(s.Kept) > 1 {
			earlier = " (earlier pages kept aside beside it: " + strings.Join(s.Kept[1:], ", ") + ")"
		}
		if s.Unsaved {
			fmt.Fprintf(w, "%s quit a page without saving it; its answers are kept in %s%s.\n", s.ID, kept, earlier)
		} else {
			// Nothing to give back, but the file is there if they miss
			// something they typed then.
			fmt.Fprintf(w, "%s quit a page without saving it and has saved since; what that page held is still in %s%s.\n", s.ID, kept, earlier)
		}
	}
}

// writeTable writes rows as columns two spaces apart, padded by the
// width the text takes on a terminal (wide characters take two cells),
// which text/tabwriter does not know.
func writeTable(w io.Writer, rows [][]string) {
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], ansi.StringWidth(c))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		b.Reset()
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(c)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// ago says when something happened, briefly.
func ago(t, now time.Time) string {
	switch d := now.Sub(t); {
	case t.IsZero():
		return "-"
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d.Minutes()))
	case d < 24*time.Hour:
		return t.Local().Format("15:04")
	}
	return t.Local().Format("2006-01-02 15:04")
}
