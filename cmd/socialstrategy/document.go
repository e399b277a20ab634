package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// What is said before a document is written over one that socialstrategy
// did not write as it is now.
var (
	msgDocEdited = strategy.Text{
		En: "%s was changed since socialstrategy wrote it",
		Nb: "%s er endret siden socialstrategy skrev det",
		Nn: "%s er endra sidan socialstrategy skreiv det",
	}
	msgDocForeign = strategy.Text{
		En: "%s exists and was not written by socialstrategy",
		Nb: "%s finnes og er ikke skrevet av socialstrategy",
		Nn: "%s finst og er ikkje skrive av socialstrategy",
	}
	msgDocAsk = strategy.Text{
		En: "%s. Write the new document and keep yours as %s? [y/N] ",
		Nb: "%s. Skrive det nye dokumentet og ta vare på deres som %s? [j/N] ",
		Nn: "%s. Skrive det nye dokumentet og ta vare på dykkar som %s? [j/N] ",
	}
	msgDocRefused = strategy.Text{
		En: "%s; nothing was written and it is as it was.\nWrite elsewhere with -o, or add --force to replace it (it is then kept as %s)",
		Nb: "%s; ingenting ble skrevet, og det er som før.\nSkriv til en annen fil med -o, eller legg til --force for å erstatte det (det blir da tatt vare på som %s)",
		Nn: "%s; ingenting vart skrive, og det er som før.\nSkriv til ei anna fil med -o, eller legg til --force for å byte det ut (det blir då teke vare på som %s)",
	}
	msgDocKept = strategy.Text{
		En: "Your version of %s is kept as %s.\n",
		Nb: "Deres versjon av %s er tatt vare på som %s.\n",
		Nn: "Dykkar versjon av %s er teken vare på som %s.\n",
	}
)

// writeDocument writes a document to the named file atomically, or to
// standard output when name is empty or "-". A file that socialstrategy
// did not write as it is now (edited by hand, or someone else's) is never
// replaced silently: with a terminal the person is asked, without one the
// write is refused unless force; when it is replaced, it is kept first
// under a name that is said.
func writeDocument(cmd *cobra.Command, name string, data []byte, force bool, lang string) error {
	if name == "" || name == "-" {
		_, err := cmd.OutOrStdout().Write(data)
		return err
	}
	docs := strategy.Documents{}
	state, old, err := docs.State(name)
	if err != nil {
		return err
	}
	if (state == strategy.DocEdited || state == strategy.DocForeign) && string(old) != string(data) && !force {
		why := fmt.Sprintf(msgDocEdited.In(lang), name)
		if state == strategy.DocForeign {
			why = fmt.Sprintf(msgDocForeign.In(lang), name)
		}
		keep, err := strategy.KeptName(name)
		if err != nil {
			return err
		}
		if !isTerminal(cmd.InOrStdin()) || !confirm(cmd.InOrStdin(), cmd.ErrOrStderr(), fmt.Sprintf(msgDocAsk.In(lang), why, keep)) {
			return fmt.Errorf(msgDocRefused.In(lang), why, keep)
		}
	}
	kept, err := docs.Write(name, data)
	if kept != "" {
		fmt.Fprintf(cmd.ErrOrStderr(), msgDocKept.In(lang), name, kept)
	}
	return err
}

// confirm asks a yes-or-no question; only yes (y, j, ja, yes) is yes.
func confirm(in io.Reader, out io.Writer, question string) bool {
	fmt.Fprint(out, question)
	line, _ := bufio.NewReader(in).ReadString('\n')
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes", "j", "ja":
		return true
	}
	return false
}
