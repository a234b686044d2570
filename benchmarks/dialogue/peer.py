#!/usr/bin/env python3
"""The dialogue benchmark's peer: a straightforward Python 3 interpreter of Svoyi's dialogue JSON.

    peer.py DIALOGUE_DIR SCRIPT_JSON SECONDS

Reads every DIALOGUE_DIR/*.json (svoyi-dialogue/1, as `svoyi-cli dialogues export` writes them) once, then replays
the inputs of SCRIPT_JSON the way ChatbotKit's DialogueEngine handles them: button payloads
`v1:<dialogue>@<version>:<node>:<index>` (or `v1:#<fnv1a64>:<index>` when longer than 64 bytes), the global commands
`cmd:back|menu|restart|start|lang:*`, number/date/choice/location answers with the question's limits and retry
count, structured conditions (all/any/not, eq ne lt le gt ge in isSet matches) over the variables, `{{variable}}`
templates, the Back history (a copy of the variables per step, at most 30), unknown actions and facts without a
catalogue answered by a line of text, `end` and a transition that does not hold leading to the main menu. Each reply
is built as the Swift side builds it (texts, buttons with payloads, links, requests), but never written anywhere.

First the script is replayed once checking that after every input the conversation is at the same
`dialogue@version:node` with the same number of messages as the Swift engine recorded in `trace`; then the replay
is timed for SECONDS, three times. Prints `passes_per_second`, `nodes_per_pass` (nodes walked in one pass) and
`steps_per_pass`.
"""
import json
import os
import re
import sys
import time

MAX_STEPS = 200
MAX_HISTORY = 30
COMMANDS = {"cmd:back": "back", "cmd:menu": "menu", "cmd:restart": "restart", "cmd:start": "start",
            "cmd:lang:uk": "lang:uk", "cmd:lang:en": "lang:en"}
TEXTS = {
    "back": "⬅ Назад", "menu": "🏠 Головне меню", "old": "Ця кнопка з попереднього повідомлення.",
    "gave_up": "Схоже, не виходить.", "action_failed": "Вибачте, цю дію зараз не вдалося виконати.",
    "service_unknown": "Подробиці про цю послугу в нашій громаді підкаже адміністратор ЦНАП.",
    "invalid": "Будь ласка, перевірте відповідь.", "broken": "Вибачте, у цьому розділі сталася помилка.",
    "location": "📍 Надіслати геолокацію", "contact": "📱 Поділитися номером",
    "not_understood": "Я не зрозумів запитання.",
}


def fnv1a(text):
    value = 0xcbf29ce484222325
    for byte in text.encode():
        value = ((value ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % value


def position_text(position):
    return "%s@%d:%s" % position


def payload(position, index):
    full = "v1:%s:%d" % (position_text(position), index)
    if len(full.encode()) <= 64:
        return full
    return "v1:#%s:%d" % (fnv1a(position_text(position)), index)


def payload_index(data, position):
    if not data.startswith("v1:"):
        return None
    tail = data.rpartition(":")[2]
    if not tail.isdigit():
        return None
    index = int(tail)
    return index if payload(position, index) == data else None


def describe(value):
    if isinstance(value, bool):
        return "так" if value else "ні"
    if isinstance(value, float):
        return str(int(value)) if value == int(value) and abs(value) < 1e15 else repr(value)
    if isinstance(value, list):
        return ", ".join(describe(item) for item in value)
    return str(value)


def render(text, variables):
    template = text.get("uk", "")
    if "{{" not in template:
        return template
    return re.sub(r"\{\{\s*([^}]*?)\s*\}\}", lambda m: describe(variables[m.group(1)]) if m.group(1) in variables
                  else "", template)


def value_of(raw):
    """A JSON value as the Swift ConversationValue: booleans, numbers as floats, texts, lists, dates as text."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)):
        return float(raw)
    if isinstance(raw, list):
        return [value_of(item) for item in raw]
    if isinstance(raw, dict) and "date" in raw:
        return raw["date"]
    return raw


def order(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return 0 if isinstance(a, bool) and isinstance(b, bool) and a == b else None
    if isinstance(a, float) and isinstance(b, float):
        return -1 if a < b else 1 if a > b else 0
    if isinstance(a, str) and isinstance(b, str):
        x, y = a.lower(), b.lower()
        return -1 if x < y else 1 if x > y else 0
    return None


def equal(a, b):
    if b is None:
        return False
    o = order(a, b)
    return o == 0 if o is not None else a == b


def holds(condition, variables):
    if "all" in condition:
        return all(holds(c, variables) for c in condition["all"])
    if "any" in condition:
        return any(holds(c, variables) for c in condition["any"])
    if "not" in condition:
        return not holds(condition["not"], variables)
    op = condition["op"]
    actual = variables.get(condition["var"])
    expected = condition.get("_value")
    if op == "isSet":
        return actual is not None
    if op == "ne":
        return True if actual is None else not equal(actual, expected)
    if actual is None or expected is None:
        return False
    if op == "eq":
        return equal(actual, expected)
    if op in ("lt", "le", "gt", "ge"):
        o = order(actual, expected)
        if o is None:
            return False
        return {"lt": o < 0, "le": o <= 0, "gt": o > 0, "ge": o >= 0}[op]
    if op == "in":
        return isinstance(expected, list) and any(equal(actual, option) for option in expected)
    if op == "matches":
        return re.fullmatch(expected, describe(actual), re.IGNORECASE) is not None
    return False


def prepare(condition):
    """Converts each comparison's literal once, as the Swift side decodes it once."""
    for key in ("all", "any"):
        for item in condition.get(key, []):
            prepare(item)
    if "not" in condition:
        prepare(condition["not"])
    if "op" in condition:
        condition["_value"] = value_of(condition["value"]) if "value" in condition else None


class Library:
    def __init__(self, directory):
        self.dialogues = {}
        for name in sorted(os.listdir(directory)):
            if not name.endswith(".json") or name == "script.json":
                continue
            with open(os.path.join(directory, name), encoding="utf-8") as file:
                dialogue = json.load(file)
            for node in dialogue["nodes"].values():
                for transition in node.get("next", []):
                    if "when" in transition:
                        prepare(transition["when"])
            self.dialogues[(dialogue["id"], dialogue["version"])] = dialogue
        self.published = {}
        for (identifier, version), dialogue in self.dialogues.items():
            if version >= self.published.get(identifier, {"version": -1})["version"]:
                self.published[identifier] = dialogue


class State:
    __slots__ = ("position", "variables", "history", "retries", "language")

    def __init__(self):
        self.position = ("main", 0, "")
        self.variables = {}
        self.history = []
        self.retries = 0
        self.language = "uk"


class Turn:
    def __init__(self, library, state):
        self.library = library
        self.is_new = state is None
        self.state = state or State()
        self.reply = []
        self.steps = 0
        self.nodes = 0
        self.recovering = False

    def say(self, text):
        self.reply.append({"kind": "text", "text": render(text, self.state.variables), "buttons": []})

    def current(self):
        identifier, version, node = self.state.position
        dialogue = self.library.dialogues.get((identifier, version))
        if dialogue is None or node not in dialogue["nodes"]:
            return None
        return dialogue, dialogue["nodes"][node]

    def frame(self):
        return (self.state.position, dict(self.state.variables))

    def transition(self, transitions):
        for transition in transitions:
            if "when" not in transition or holds(transition["when"], self.state.variables):
                return transition["goto"]
        return None

    def show(self, node, dialogue):
        position, variables = self.state.position, self.state.variables
        buttons, after = [], []
        if node["kind"] == "menu":
            for index, option in enumerate(node["options"]):
                label = render(option["label"], variables)
                if option["goto"].startswith("https://"):
                    after.append({"kind": "link", "text": label, "url": option["goto"]})
                else:
                    buttons.append({"label": label, "payload": payload(position, index)})
        else:
            if node["input"] == "choice":
                for index, option in enumerate(node.get("options") or []):
                    buttons.append({"label": render(option["label"], variables), "payload": payload(position, index)})
            if node["input"] in ("location", "contact"):
                after.append({"kind": "request", "text": TEXTS[node["input"]], "request": node["input"]})
        home = dialogue["id"] == "main" and (not self.state.history or position[2] == dialogue["start"])
        if not home:
            buttons.append({"label": TEXTS["back"], "payload": "cmd:back"})
            buttons.append({"label": TEXTS["menu"], "payload": "cmd:menu"})
        self.reply.append({"kind": "text", "text": render(node["text"], variables), "buttons": buttons})
        self.reply.extend(after)

    def walk(self, target):
        state = self.state
        while True:
            self.steps += 1
            if self.steps > MAX_STEPS:
                return self.recover()
            if target.startswith("dialogue:"):
                dialogue = self.library.published.get(target[9:])
                if dialogue is None:
                    return self.recover()
                state.position = (dialogue["id"], dialogue["version"], dialogue["start"])
                state.variables = {}
            else:
                state.position = (state.position[0], state.position[1], target)
            found = self.current()
            if found is None:
                return self.recover()
            dialogue, node = found
            self.nodes += 1
            kind = node["kind"]
            if kind == "message":
                self.say(node["text"])
                target = self.transition(node["next"])
            elif kind == "set":
                for name in sorted(node["set"]):
                    operand = node["set"][name]
                    if isinstance(operand, dict) and list(operand) == ["var"]:
                        state.variables[name] = state.variables.get(operand["var"])
                    else:
                        state.variables[name] = value_of(operand)
                target = self.transition(node["next"])
            elif kind == "action":
                self.say({"uk": TEXTS["action_failed"]})  # no actions are mounted, as on the Swift side
                target = self.transition(node["next"])
            elif kind == "facts":
                if "text" in node:
                    self.say(node["text"])
                self.say({"uk": TEXTS["service_unknown"]})  # no catalogue, as on the Swift side
                target = self.transition(node["next"])
            elif kind == "goto":
                target = node["goto"]
            elif kind == "end":
                if "text" in node:
                    self.say(node["text"])
                return self.main_menu()
            else:
                state.retries = 0
                self.show(node, dialogue)
                return "waiting"
            if target is None:
                return self.main_menu()

    def advance(self, target, frame=None):
        if self.walk(target) == "waiting" and frame is not None:
            history = self.state.history
            history.append(frame)
            if len(history) > MAX_HISTORY:
                del history[:len(history) - MAX_HISTORY]

    def main_menu(self):
        state = self.state
        state.history, state.variables, state.retries = [], {}, 0
        main = self.library.published["main"]
        state.position = ("main", main["version"], main["start"])
        self.walk(main["start"])
        state.history = []
        return "reset"

    def recover(self):
        if self.recovering:
            self.state.history = []
            self.state.position = ("main", 0, "")
            return "reset"
        self.recovering = True
        self.steps = 0
        self.say({"uk": TEXTS["broken"]})
        return self.main_menu()

    def show_current(self):
        found = self.current()
        if found is None:
            self.main_menu()
        else:
            self.show(found[1], found[0])

    def respond(self, kind, value):
        if kind == "text" and len(value) > 4000:
            self.say({"uk": "too long"})
            return
        command = COMMANDS.get(value) if kind == "button" else None
        if self.is_new:
            if kind == "text":
                self.say({"uk": TEXTS["not_understood"]})  # FAQ matching is not part of the script
            self.main_menu()
            return
        if command is not None:
            self.command(command)
            return
        found = self.current()
        if found is None:
            self.main_menu()
            return
        dialogue, node = found
        if node["kind"] == "menu":
            self.answer_menu(kind, value, node)
        elif node["kind"] == "question":
            self.answer_question(kind, value, node, dialogue)
        else:
            self.advance(self.state.position[2])

    def command(self, command):
        state = self.state
        if command == "back":
            if not state.history:
                self.main_menu()
                return
            state.position, state.variables = state.history.pop()
            state.retries = 0
            self.show_current()
        elif command in ("menu", "start"):
            self.main_menu()
        elif command == "restart":
            identifier = state.position[0]
            if identifier == "main":
                self.main_menu()
                return
            while state.history and state.history[-1][0][0] == identifier:
                state.history.pop()
            self.advance("dialogue:" + identifier)
        else:
            state.language = command[5:]
            self.show_current()

    def answer_menu(self, kind, value, node):
        if kind != "button":
            self.say({"uk": TEXTS["not_understood"]})
            self.main_menu()
            return
        index = payload_index(value, self.state.position)
        if index is None or index >= len(node["options"]):
            self.say({"uk": TEXTS["old"]})
            self.show_current()
            return
        option = node["options"][index]
        if option["goto"].startswith("https://"):
            self.reply.append({"kind": "link", "text": render(option["label"], self.state.variables),
                               "url": option["goto"]})
            return
        self.advance(option["goto"], self.frame())

    def check(self, kind, value, node):
        expected = node["input"]
        limits = node.get("validation") or {}
        if expected == "number" and kind == "text":
            try:
                number = float("".join(value.split()).replace(",", "."))
            except ValueError:
                return False, None
            if number != number or number in (float("inf"), float("-inf")):
                return False, None
            if number < limits.get("min", float("-inf")) or number > limits.get("max", float("inf")):
                return False, None
            return True, number
        if expected == "location" and kind == "location":
            return True, tuple(value)
        if expected == "text" and kind == "text":
            trimmed = value.strip()
            return (bool(trimmed) and len(trimmed) <= limits.get("maxLength", 1000)), trimmed
        if expected == "date" and kind == "text" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return True, value.strip()
        if expected == "choice" and kind == "text":
            typed = value.strip().lower()
            for option in node.get("options") or []:
                if typed in (option["value"].lower(), option["label"].get("uk", "").lower()):
                    return True, option["value"]
        return False, None

    def answer_question(self, kind, value, node, dialogue):
        state = self.state
        if kind == "button":
            options = (node.get("options") or []) if node["input"] == "choice" else []
            index = payload_index(value, state.position)
            if index is None or index >= len(options):
                self.say({"uk": TEXTS["old"]})
                self.show_current()
                return
            accepted, answer = True, options[index]["value"]
        else:
            accepted, answer = self.check(kind, value, node)
        if accepted:
            frame = self.frame()
            state.variables[node["variable"]] = answer
            state.retries = 0
            target = self.transition(node["next"])
            if target is None:
                self.main_menu()
            else:
                self.advance(target, frame)
            return
        state.retries += 1
        if state.retries < (node.get("maxRetries") or 2):
            self.reply.append({"kind": "text", "text": render(node.get("invalid") or {"uk": TEXTS["invalid"]},
                                                                state.variables), "buttons": []})
            self.show(node, dialogue)
            return
        self.say({"uk": TEXTS["gave_up"]})
        if "giveUp" in node:
            self.advance(node["giveUp"])
        else:
            self.main_menu()


def handle(library, kind, value, state):
    turn = Turn(library, state)
    turn.respond(kind, value)
    return turn.reply, turn.state, turn.nodes


def main():
    directory, script_path, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    library = Library(directory)
    with open(script_path, encoding="utf-8") as file:
        script = json.load(file)
    inputs = [next(iter(item.items())) for item in script["inputs"]]

    state, nodes = None, 0
    for step, ((kind, value), expected) in enumerate(zip(inputs, script["trace"])):
        reply, state, walked = handle(library, kind, value, state)
        nodes += walked
        got = "%s %d" % (position_text(state.position), len(reply))
        if got != expected:
            sys.exit("peer.py: after input %d (%s %r) the peer is at %s, the Swift engine at %s"
                     % (step, kind, value, got, expected))

    def one_pass():
        state = None
        for kind, value in inputs:
            state = handle(library, kind, value, state)[1]

    best = 0.0
    for _ in range(3):
        passes, start = 0, time.perf_counter()
        while True:
            one_pass()
            passes += 1
            if time.perf_counter() - start >= seconds:
                break
        best = max(best, passes / (time.perf_counter() - start))
    print("passes_per_second %.4f" % best)
    print("nodes_per_pass %d" % nodes)
    print("steps_per_pass %d" % len(inputs))


if __name__ == "__main__":
    main()
