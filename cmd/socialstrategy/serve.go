package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/socialstrategy/socialstrategy/workshop"
)

// shutdownGrace is how long the sessions get to save when the server is
// stopped; the process exits within 5 s of the signal.
const shutdownGrace = 4 * time.Second

type serveFlags struct {
	listen         string
	data           string
	code           string
	authorizedKeys string
	maxSessions    int
	idleTimeout    time.Duration
	fps            int
	metrics        string
	sessionMemory  int
	logFormat      string
	maxWindow      string
	limits         workshop.Limits
}

func newServeCmd() *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run a workshop: serve the interview over SSH to a room",
		Long: "serve lets everyone in a room run the interview over SSH, with no install: each participant types\n" +
			"ssh -p 2222 NAME@HOST and gets their own wizard; their answers are kept in the data folder, one plan\n" +
			"per name, and reconnecting continues where they left off. `ssh NAME@HOST markdown > strategy.md`\n" +
			"gives them their document.\n\n" +
			"Without --code or --authorized-keys, only this computer can connect (loopback). To let the room in,\n" +
			"give a workshop code everyone types, or an authorized_keys file. Stop with ctrl+c: every session\n" +
			"is saved first.",
		Example: "  socialstrategy serve                                  # try it: ssh -p 2222 kari@127.0.0.1\n" +
			"  socialstrategy serve --listen :2222 --code sourdough  # the room connects with the code\n" +
			"  socialstrategy workshop status --data ./workshop      # who is where, while it runs",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runServe(cmd, &f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.listen, "listen", "127.0.0.1:2222", "address to listen on; other than loopback needs --code or --authorized-keys")
	fl.StringVar(&f.data, "data", "./workshop", "folder for the participants' plans and the host key")
	fl.StringVar(&f.code, "code", "", "workshop code participants type to get in (at least 6 characters)")
	fl.StringVar(&f.authorizedKeys, "authorized-keys", "", "authorized_keys file of the participants' keys; a name belongs to the first key that uses it")
	fl.IntVar(&f.maxSessions, "max-sessions", workshop.DefaultMaxSessions, "most sessions open at once; the next is told the workshop is full")
	fl.DurationVar(&f.idleTimeout, "idle-timeout", workshop.DefaultIdleTimeout, "end a session after this long without input (its answers are saved)")
	fl.StringVar(&f.logFormat, "log-format", "text", "log lines as text (key=value) or json, on standard error")
	fl.StringVar(&f.maxWindow, "max-window", fmt.Sprintf("%dx%d", workshop.DefaultMaxWidth, workshop.DefaultMaxHeight), "largest terminal a session is drawn at, COLUMNSxROWS; larger ones are clamped")
	fl.IntVar(&f.limits.InputRate, "input-rate", workshop.DefaultInputRate, "bytes a second one session may type, after a burst of 8 KiB (a paste)")
	fl.IntVar(&f.limits.MaxHandshakes, "max-handshakes", workshop.DefaultMaxHandshakes, "connections logging in at once; when all are taken, a silent one is closed to make room")
	fl.IntVar(&f.limits.HandshakesPerAddress, "handshakes-per-address", workshop.DefaultHandshakesPerAddress, "connections logging in at once from one IP address")
	fl.IntVar(&f.limits.LoginFailures, "login-failures", workshop.DefaultLoginFailures, "wrong codes one IP address may give a minute before its logins are refused")
	fl.IntVar(&f.limits.NewNames, "new-names", workshop.DefaultNewNames, "new participants one IP address may create a minute")
	fl.IntVar(&f.fps, "fps", workshop.DefaultFPS, "frames per second of each session")
	fl.StringVar(&f.metrics, "metrics", "", "serve load figures as JSON on this loopback address, for cmd/sshload")
	fl.MarkHidden("fps")
	fl.IntVar(&f.sessionMemory, "session-memory", 3, "MB of memory budget per live session, for the runtime's soft memory limit; 0 for none")
	fl.MarkHidden("metrics")
	fl.MarkHidden("session-memory")
	return cmd
}

// isLoopback reports whether a listen address only accepts connections
// from this computer.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// How participants log in, for connectLines.
const (
	loginNone = iota // no code, no keys: loopback only
	loginCode
	loginKeys
)

func login(f *serveFlags) int {
	switch {
	case f.code != "":
		return loginCode
	case f.authorizedKeys != "":
		return loginKeys
	}
	return loginNone
}

// connectLines is what serve prints about how participants connect to
// addr, the address it listens on, one line each ending in a newline:
//   - a loopback address is named as it is, with a line saying that other
//     computers cannot connect and how to let them in;
//   - all interfaces (0.0.0.0, ::) name this computer by host (its host
//     name, "" when unknown), with its network addresses ips (at most
//     three are named) for a network that does not know the name;
//   - any other address is named as it is.
func connectLines(addr *net.TCPAddr, login int, host string, ips []net.IP) string {
	var b strings.Builder
	to, alt := addr.IP.String(), ""
	if addr.IP.IsUnspecified() {
		var others []string
		for _, ip := range ips[:min(len(ips), 3)] {
			others = append(others, ip.String())
		}
		switch {
		case host != "":
			to = host
			if len(others) > 0 {
				alt = fmt.Sprintf("If their network does not know the name %s, use this computer's address instead: %s\n", host, strings.Join(others, ", "))
			}
		case len(others) > 0:
			to = others[0]
			if len(others) > 1 {
				alt = fmt.Sprintf("This computer also has the address %s.\n", strings.Join(others[1:], ", "))
			}
		default:
			to = "THIS-COMPUTER"
		}
	}
	switch login {
	case loginCode:
		fmt.Fprintf(&b, "Participants connect with: ssh -p %d NAME@%s (the code is asked as a password)\n", addr.Port, to)
	case loginKeys:
		fmt.Fprintf(&b, "Participants connect with their key: ssh -p %d NAME@%s\n", addr.Port, to)
	default:
		fmt.Fprintf(&b, "Loopback only: just this computer can connect (to let the room in: --listen :%d --code WORD).\nTry it: ssh -p %d kari@%s\n", addr.Port, addr.Port, to)
		return b.String()
	}
	b.WriteString(alt)
	if addr.IP.IsLoopback() {
		fmt.Fprintf(&b, "Loopback only: participants on other computers cannot connect (to let them in: --listen :%d).\n", addr.Port)
	}
	return b.String()
}

// networkAddresses lists this computer's addresses on its networks (no
// loopback, no link-local ones), IPv4 first; only IPv4 with v4only.
func networkAddresses(v4only bool) []net.IP {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil
	}
	var v4, v6 []net.IP
	for _, a := range addrs {
		n, ok := a.(*net.IPNet)
		if !ok || !n.IP.IsGlobalUnicast() {
			continue
		}
		if n.IP.To4() != nil {
			v4 = append(v4, n.IP)
		} else if !v4only {
			v6 = append(v6, n.IP)
		}
	}
	return append(v4, v6...)
}

// parseWindow reads a COLUMNSxROWS size.
func parseWindow(s string) (w, h int, err error) {
	if _, err := fmt.Sscanf(strings.ToLower(s), "%dx%d", &w, &h); err != nil || w < workshop.MinWidth || h < workshop.MinHeight || w > 1000 || h > 1000 {
		return 0, 0, fmt.Errorf("--max-window %s must be COLUMNSxROWS between %dx%d and 1000x1000, such as 160x50", s, workshop.MinWidth, workshop.MinHeight)
	}
	return w, h, nil
}

func (f *serveFlags) check() error {
	if _, err := strconv.Atoi(f.listen); err == nil {
		return usageError{fmt.Errorf("--listen %s is a port without an address; use 127.0.0.1:%s for this computer only, or :%s with --code for the room", f.listen, f.listen, f.listen)}
	}
	if _, _, err := net.SplitHostPort(f.listen); err != nil {
		return usageError{fmt.Errorf("--listen %s is not HOST:PORT, such as 127.0.0.1:2222 or :2222", f.listen)}
	}
	w, h, err := parseWindow(f.maxWindow)
	if err != nil {
		return usageError{err}
	}
	f.limits.MaxWidth, f.limits.MaxHeight = w, h
	for _, l := range []struct {
		name string
		v    int
	}{{"--input-rate", f.limits.InputRate}, {"--max-handshakes", f.limits.MaxHandshakes}, {"--handshakes-per-address", f.limits.HandshakesPerAddress}, {"--login-failures", f.limits.LoginFailures}, {"--new-names", f.limits.NewNames}} {
		if l.v < 1 {
			return usageError{fmt.Errorf("%s must be at least 1", l.name)}
		}
	}
	switch {
	case f.code != "" && f.authorizedKeys != "":
		return usageError{errors.New("give either --code or --authorized-keys, not both")}
	case f.code != "" && strings.TrimSpace(f.code) != f.code:
		return usageError{errors.New("--code starts or ends with a space, which participants cannot see; leave it out")}
	case f.code != "" && len([]rune(strings.Join(strings.Fields(f.code), ""))) < 6:
		return usageError{errors.New("--code is too easy to guess; use at least 6 characters besides spaces, such as two words")}
	case f.code == "" && f.authorizedKeys == "" && !isLoopback(f.listen):
		return usageError{fmt.Errorf("--listen %s would let anyone on the network in; add --code WORD or --authorized-keys FILE, or listen on 127.0.0.1", f.listen)}
	case f.metrics != "" && !isLoopback(f.metrics):
		return usageError{fmt.Errorf("--metrics %s must be a loopback address such as 127.0.0.1:6060", f.metrics)}
	case f.maxSessions < 1:
		return usageError{errors.New("--max-sessions must be at least 1")}
	case f.idleTimeout < time.Second:
		return usageError{errors.New("--idle-timeout must be at least 1s")}
	case f.fps < 1 || f.fps > 120:
		return usageError{errors.New("--fps must be between 1 and 120")}
	case f.logFormat != "text" && f.logFormat != "json":
		return usageError{fmt.Errorf("--log-format %s: use text or json", f.logFormat)}
	}
	return nil
}

func runServe(cmd *cobra.Command, f *serveFlags) error {
	if err := f.check(); err != nil {
		return err
	}
	out, errOut := cmd.OutOrStdout(), cmd.ErrOrStderr()
	var handler slog.Handler = slog.NewTextHandler(errOut, nil)
	if f.logFormat == "json" {
		handler = slog.NewJSONHandler(errOut, nil)
	}
	store, err := workshop.OpenStore(f.data)
	if err != nil {
		return err
	}
	defer store.Close()
	srv, err := workshop.New(workshop.Config{
		Store:          store,
		Code:           f.code,
		AuthorizedKeys: f.authorizedKeys,
		MaxSessions:    f.maxSessions,
		IdleTimeout:    f.idleTimeout,
		FPS:            f.fps,
		SessionMemory:  int64(f.sessionMemory) << 20, // the budget per participant
		Limits:         f.limits,
		Log:            slog.New(handler),
	})
	if err != nil {
		return err
	}
	l, err := net.Listen("tcp", f.listen)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	addr := l.Addr().(*net.TCPAddr)
	fmt.Fprintf(out, "Workshop open on %s, data in %s\n", addr, f.data)
	var host string
	var ips []net.IP
	if addr.IP.IsUnspecified() {
		host, _ = os.Hostname()
		ips = networkAddresses(addr.IP.To4() != nil)
	}
	fmt.Fprint(out, connectLines(addr, login(f), host, ips))
	fmt.Fprintf(out, "Host key fingerprint, for participants to check: %s\n", srv.HostKeyFingerprint())
	fmt.Fprintln(out, "Stop with ctrl+c; every session is saved first.")

	if f.metrics != "" {
		ml, err := net.Listen("tcp", f.metrics)
		if err != nil {
			l.Close()
			return err
		}
		mux := http.NewServeMux()
		mux.Handle("/", srv.MetricsHandler())
		// Profiles, for finding where load goes; loopback only, as above.
		mux.HandleFunc("/debug/pprof/", pprof.Index)
		mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
		mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
		hs := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		go hs.Serve(ml)
		defer hs.Close()
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	stop() // a second ctrl+c now ends the process at once
	fmt.Fprintln(out, "Closing: saving every session… (ctrl+c again to stop at once)")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	err = srv.Shutdown(sctx)
	<-served
	fmt.Fprintln(out, closingSummary(srv.Saves(), err))
	fmt.Fprintf(out, "The documents, for handing back or marking: socialstrategy workshop collect --data %s -o plans\n", shellQuote(f.data))
	if err != nil {
		return err
	}
	if r := srv.Saves(); r.Failed > 0 || len(r.Unsaved) > 0 {
		return errors.New("some answers were not saved; see the log")
	}
	return nil
}

// closingSummary is the last line serve prints: it says every session was
// saved only when no save failed and every session ended in time.
func closingSummary(r workshop.SaveReport, shutdownErr error) string {
	var b strings.Builder
	b.WriteString("Closed.")
	switch {
	case r.Failed == 0 && len(r.Unsaved) == 0 && shutdownErr == nil:
		return "Closed. Every session was saved."
	case r.Failed == 1:
		b.WriteString(" 1 save failed while the workshop ran (see the log).")
	case r.Failed > 1:
		fmt.Fprintf(&b, " %d saves failed while the workshop ran (see the log).", r.Failed)
	}
	if len(r.Unsaved) > 0 {
		fmt.Fprintf(&b, " The latest answers of %s are not saved.", strings.Join(r.Unsaved, ", "))
	}
	if shutdownErr != nil {
		b.WriteString(" Some sessions did not finish saving in time.")
	}
	return b.String()
}

// shellQuote writes a path so that a POSIX shell reads it back as one
// word: as it is when it holds only safe characters, else in single
// quotes.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/-+:@") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
