#!/usr/bin/env python3
"""Writes the man pages portalkeys-cli(1) and portalkeys(1) and the bash, zsh and fish completions.

The one source is the programs' own help: every command, subcommand and option is read from `portalkeys-cli
--help`, `portalkeys-cli COMMAND --help` and `portalkeys-cli COMMAND SUBCOMMAND --help` (and the pages from
`portalkeys --help`), so a new command or option reaches the man page and the completions with the next build.
"""
import argparse
import datetime
import gzip
import os
import re
import subprocess
import sys

CLI = "portalkeys-cli"
GUI = "portalkeys"


def run_help(program, args, env=None):
    result = subprocess.run([program, *args, "--help"], capture_output=True, text=True, env=env, timeout=60)
    if result.returncode != 0:
        return None
    return result.stdout


def parse_help(text):
    """Splits help text into blocks: ("usage", [lines]), ("list", title, [(term, text)]) or ("para", text)."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", text.strip("\n")):
        lines = chunk.split("\n")
        if lines[0].startswith("Usage:"):
            # QCommandLineParser puts the description right under the usage line, without a blank line.
            count = 1 + next((i for i, line in enumerate(lines[1:]) if not line.startswith(" ")), len(lines) - 1)
            blocks.append(("usage", [re.sub(r"^(Usage:)?\s*", "", line) for line in lines[:count]]))
            if count < len(lines):
                blocks.append(("para", " ".join(line.strip() for line in lines[count:])))
        elif lines[0].endswith(":") and len(lines) > 1 and all(line.startswith(" ") for line in lines[1:]):
            entries = []
            for line in lines[1:]:
                parts = re.split(r"\s{2,}", line.strip(), maxsplit=1)
                if len(parts) == 2:
                    entries.append((parts[0], parts[1]))
                elif entries:  # a continued description
                    entries[-1] = (entries[-1][0], entries[-1][1] + " " + parts[0])
            blocks.append(("list", lines[0][:-1], entries))
        else:
            blocks.append(("para", " ".join(line.strip() for line in lines)))
    return blocks


def list_block(blocks, title):
    for block in blocks:
        if block[0] == "list" and block[1] == title:
            return block[2]
    return []


def parse_option(term):
    """'-h, --help' -> (['-h', '--help'], None); '--secret-file PATH' -> (['--secret-file'], 'PATH')."""
    names, arg = [], None
    for part in term.split(", "):
        words = part.split(" ", 1)
        names.append(words[0])
        if len(words) > 1:
            arg = words[1]
    return names, arg


class Node:
    """A command or subcommand with its help, options and children."""

    def __init__(self, path, summary, text):
        self.path = path
        self.summary = summary
        self.blocks = parse_help(text) if text else []
        self.options = [(*parse_option(term), desc) for term, desc in list_block(self.blocks, "Options")]
        self.children = []


def read_cli(program):
    top = run_help(program, [])
    if top is None:
        sys.exit(f"{program} --help failed")
    root = Node([], "", top)
    for term, summary in list_block(root.blocks, "Commands"):
        name = term.split(" ")[0]
        if name == "help":
            continue
        text = run_help(program, [name])
        command = Node([name], summary, text)
        root.children.append(command)
        for sub_term, sub_summary in list_block(command.blocks, "Subcommands"):
            sub_name = sub_term.split(" ")[0]
            sub_text = run_help(program, [name, sub_name])
            # Some commands answer every subcommand's --help with their own help: keep it once, on the command.
            if sub_text == text:
                sub_text = None
            command.children.append(Node([name, sub_name], sub_summary, sub_text))
    return root


def read_gui(program):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    text = run_help(program, [], env)
    if text is None:
        sys.exit(f"{program} --help failed")
    # QCommandLineParser prints "Usage: <path as called>": show the name it is installed under.
    text = re.sub(r"^Usage: \S+", "Usage: " + GUI, text)
    node = Node([], "", text)
    match = re.search(r"Open on PAGE: ([^.]+)\.", text)
    pages = [p.strip() for p in match.group(1).split(",")] if match else []
    return node, pages


# --- man pages -------------------------------------------------------------------------------------------------


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    # groff escapes instead of UTF-8, so the pages render without preconv and in any locale.
    text = "".join(c if ord(c) < 128 else "\\[u%04X]" % ord(c) for c in text)
    return re.sub(r"^([.'])", r"\\&\1", text)


def man_blocks(blocks, program, skip=()):
    out = []
    for block in blocks:
        if block[0] == "usage":
            out += [".PP", ".nf", *("\\fB" + roff(line) + "\\fR" for line in block[1]), ".fi"]
        elif block[0] == "list" and block[1] not in skip:
            out += [".PP", roff(block[1]) + ":"]
            for term, desc in block[2]:
                out += [".TP", "\\fB" + roff(term) + "\\fR", roff(desc)]
        elif block[0] == "para":
            out += [".PP", roff(block[1])]
    return out


def man_header(name, section_title, version, date):
    return [
        '.TH %s 1 "%s" "PortalKeys %s" "%s"' % (roff(name.upper()), date, version, section_title),
        ".nh",
        ".ad l",
        ".SH NAME",
    ]


def cli_man(root, version, date):
    out = man_header(CLI, "User Commands", version, date)
    out += [f"{roff(CLI)} \\- keys, tokens and OAuth apps for ONLYOFFICE portals, from the terminal", ".SH SYNOPSIS"]
    usage = [b for b in root.blocks if b[0] == "usage"]
    out += man_blocks(usage, CLI)
    out += [".SH DESCRIPTION"]
    rest = [b for b in root.blocks if b[0] == "para"]
    out += man_blocks(rest, CLI)
    out += [".SH COMMANDS"]
    for command in root.children:
        out += [".SS " + roff(f"{CLI} {command.path[0]}"), roff(command.summary)]
        out += man_blocks(command.blocks, CLI)
        for sub in command.children:
            if not sub.blocks:
                continue
            out += [".SS " + roff(f"{CLI} {' '.join(sub.path)}"), roff(sub.summary)]
            out += man_blocks(sub.blocks, CLI)
    exits = list_block(root.blocks, "Exit codes")
    if exits:
        out += [".SH EXIT STATUS"]
        for code, meaning in exits:
            out += [".TP", "\\fB" + roff(code) + "\\fR", roff(meaning)]
    out += [".SH SEE ALSO", "\\fBportalkeys\\fR(1)"]
    return "\n".join(out) + "\n"


def gui_man(node, version, date):
    out = man_header(GUI, "User Commands", version, date)
    out += [f"{GUI} \\- keys, tokens and OAuth apps for ONLYOFFICE portals", ".SH SYNOPSIS"]
    out += man_blocks([b for b in node.blocks if b[0] == "usage"], GUI)
    out += [".SH DESCRIPTION"]
    out += man_blocks([b for b in node.blocks if b[0] == "para"], GUI)
    out += [".SH OPTIONS"]
    for names, arg, desc in node.options:
        term = ", ".join("\\fB" + roff(n) + "\\fR" for n in names) + (" \\fI" + roff(arg) + "\\fR" if arg else "")
        out += [".TP", term, roff(desc)]
    out += [".SH SEE ALSO", "\\fBportalkeys\\-cli\\fR(1)"]
    return "\n".join(out) + "\n"


# --- completions ---------------------------------------------------------------------------------------------


def takes_path(arg):
    return arg is not None and re.search(r"\b(PATH|FILE|DIR)\b", arg) is not None


def option_words(node):
    return [name for names, _, _ in node.options for name in names]


def bash_completion(root):
    out = ["# bash completion for portalkeys-cli and portalkeys, generated from their --help by packaging/cli-docs.py", ""]
    out += ["_portalkeys_cli()", "{", '    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} words=""']
    path_options = sorted({n for c in root.children for node in [c, *c.children] for names, arg, _ in node.options
                           if takes_path(arg) for n in names})
    if path_options:
        out += ["    case $prev in", f"        {'|'.join(path_options)}) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;",
                "    esac"]
    commands = " ".join(c.path[0] for c in root.children)
    out += ["    if ((COMP_CWORD == 1)); then", f'        words="{commands} help --help --version"',
            "    else", "        case ${COMP_WORDS[1]} in"]
    for command in root.children:
        out += [f"        {command.path[0]})"]
        if command.children:
            subs = " ".join(s.path[1] for s in command.children)
            out += ["            if ((COMP_CWORD == 2)); then", f'                words="{subs} --help"', "            else",
                    "                case ${COMP_WORDS[2]} in"]
            for sub in command.children:
                words = " ".join(option_words(sub) or option_words(command))
                out += [f'                {sub.path[1]}) words="{words}" ;;']
            out += ["                esac", "            fi", "            ;;"]
        else:
            out += [f'            words="{" ".join(option_words(command))}"', "            ;;"]
    out += [f'        help) words="{commands}" ;;', "        esac", "    fi",
            '    COMPREPLY=($(compgen -W "$words" -- "$cur"))', "}", "complete -o default -F _portalkeys_cli portalkeys-cli", ""]
    return "\n".join(out)


def bash_gui_completion(pages):
    out = ["# bash completion for portalkeys, generated from its --help by packaging/cli-docs.py", ""]
    out += ["_portalkeys()", "{", '    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}',
            f'    if [[ $prev == --page ]]; then COMPREPLY=($(compgen -W "{" ".join(pages)}" -- "$cur")); return; fi',
            '    COMPREPLY=($(compgen -W "--page --help --help-all --version" -- "$cur"))', "}",
            "complete -F _portalkeys portalkeys", ""]
    return "\n".join(out)


def zsh_quote(text):
    return text.replace("'", "'\\''")


def zsh_desc(text):
    return zsh_quote(text.replace("[", "(").replace("]", ")").replace(":", "\\:"))


def zsh_describe(var, items):
    entries = " ".join("'%s:%s'" % (zsh_quote(name.replace(":", "\\:")), zsh_quote(desc)) for name, desc in items)
    return f"local -a {var}=({entries})"


def zsh_arguments(node):
    specs = []
    for names, arg, desc in node.options:
        for name in names:
            spec = f"'{name}[{zsh_desc(desc)}]"
            if arg:
                spec += f":{zsh_desc(arg)}:" + ("_files" if takes_path(arg) else " ")
            specs.append(spec + "'")
    return "_arguments -s " + " ".join(specs + ["'*:argument:_files'"])


def zsh_completion(root):
    out = ["#compdef portalkeys-cli", "# generated from portalkeys-cli --help by packaging/cli-docs.py", ""]
    out += ["if (( CURRENT == 2 )); then",
            "    " + zsh_describe("commands", [(c.path[0], c.summary) for c in root.children]),
            "    _describe command commands", "    return", "fi", "case $words[2] in"]
    for command in root.children:
        out += [f"    {command.path[0]})"]
        if command.children:
            out += ["      if (( CURRENT == 3 )); then",
                    "        " + zsh_describe("subcommands", [(s.path[1], s.summary) for s in command.children]),
                    "        _describe subcommand subcommands", "        return", "      fi", "      case $words[3] in"]
            for sub in command.children:
                out += [f"        {sub.path[1]}) {zsh_arguments(sub if sub.options else command)} ;;"]
            out += ["      esac", "      ;;"]
        else:
            out += [f"      {zsh_arguments(command)}", "      ;;"]
    out += ["  esac", ""]
    return "\n".join(out)


def zsh_gui_completion(pages):
    return "\n".join([
        "#compdef portalkeys", "# generated from portalkeys --help by packaging/cli-docs.py",
        f"_arguments '--page[open on this page]:page:({' '.join(pages)})' '(-h --help)'{{-h,--help}}'[show the help]' "
        "'--help-all[show the help with Qt options]' '(-v --version)'{-v,--version}'[show the version]'", ""])


def fish_quote(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish_option(condition, names, arg, desc):
    parts = [f"complete -c {CLI} -n {fish_quote(condition)}"]
    for name in names:
        parts.append(f"-l {name[2:]}" if name.startswith("--") else f"-s {name[1:]}")
    if arg:
        parts.append("-r" + (" -F" if takes_path(arg) else ""))
    parts.append("-d " + fish_quote(desc))
    return " ".join(parts)


def fish_completion(root):
    out = [f"# fish completion for {CLI}, generated from its --help by packaging/cli-docs.py",
           f"complete -c {CLI} -n '__fish_use_subcommand' -f"]
    names = " ".join(c.path[0] for c in root.children)
    for command in root.children:
        out.append(f"complete -c {CLI} -n '__fish_use_subcommand' -a {command.path[0]} -d {fish_quote(command.summary)}")
    out.append(f"complete -c {CLI} -n '__fish_use_subcommand' -l version -d 'Show the version'")
    out.append(f"complete -c {CLI} -n '__fish_seen_subcommand_from help' -a {fish_quote(names)}")
    for command in root.children:
        name = command.path[0]
        if command.children:
            subs = " ".join(s.path[1] for s in command.children)
            for sub in command.children:
                cond = f"__fish_seen_subcommand_from {name}; and not __fish_seen_subcommand_from {subs}"
                out.append(f"complete -c {CLI} -n {fish_quote(cond)} -f -a {sub.path[1]} -d {fish_quote(sub.summary)}")
                cond = f"__fish_seen_subcommand_from {name}; and __fish_seen_subcommand_from {sub.path[1]}"
                for option in (sub.options or command.options):
                    out.append(fish_option(cond, *option))
        else:
            for option in command.options:
                out.append(fish_option(f"__fish_seen_subcommand_from {name}", *option))
    return "\n".join(out + [""])


def fish_gui_completion(pages):
    out = [f"# fish completion for {GUI}, generated from its --help by packaging/cli-docs.py", f"complete -c {GUI} -f", f"complete -c {GUI} -l page -r -a {fish_quote(' '.join(pages))} -d 'Open on this page'",
            f"complete -c {GUI} -s h -l help -d 'Show the help'", f"complete -c {GUI} -l help-all -d 'Show the help with Qt options'",
            f"complete -c {GUI} -s v -l version -d 'Show the version'", ""]
    return "\n".join(out)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write_man(path, text):
    write(path, text)
    # Packages ship man pages compressed; mtime 0 keeps the archive reproducible.
    with open(path + ".gz", "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as f:
        f.write(text.encode("utf-8"))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cli", required=True, help="the portalkeys-cli executable")
    parser.add_argument("--gui", help="the portalkeys executable (none in a CLI-only build)")
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", required=True, help="folder for man/ and completions/")
    args = parser.parse_args()
    # SOURCE_DATE_EPOCH keeps the man pages reproducible (Debian and Fedora builds set it).
    stamp = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or None
    when = datetime.datetime.fromtimestamp(stamp, datetime.timezone.utc) if stamp else datetime.datetime.now(datetime.timezone.utc)
    date = when.strftime("%Y-%m-%d")
    root = read_cli(args.cli)
    write_man(os.path.join(args.out, "man", f"{CLI}.1"), cli_man(root, args.version, date))
    write(os.path.join(args.out, "completions", "bash", CLI), bash_completion(root))
    write(os.path.join(args.out, "completions", "zsh", f"_{CLI}"), zsh_completion(root))
    write(os.path.join(args.out, "completions", "fish", f"{CLI}.fish"), fish_completion(root))
    if args.gui:
        gui, pages = read_gui(args.gui)
        write_man(os.path.join(args.out, "man", f"{GUI}.1"), gui_man(gui, args.version, date))
        write(os.path.join(args.out, "completions", "bash", GUI), bash_gui_completion(pages))
        write(os.path.join(args.out, "completions", "zsh", f"_{GUI}"), zsh_gui_completion(pages))
        write(os.path.join(args.out, "completions", "fish", f"{GUI}.fish"), fish_gui_completion(pages))


if __name__ == "__main__":
    main()
