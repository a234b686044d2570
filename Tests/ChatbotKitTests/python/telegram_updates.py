"""Prints Telegram webhook updates built with python-telegram-bot, one JSON document per line.

The objects are the library's own (telegram.Update, Message, CallbackQuery, Contact, Location, PhotoSize,
ChatMemberUpdated) serialised with json.dumps(update.to_dict()), so the Swift webhook is fed what a real client
library produces, not JSON we wrote by hand. Usage: python3 telegram_updates.py <chat id> <bot id>
"""

import datetime
import json
import sys

from telegram import (
    CallbackQuery,
    Chat,
    ChatMemberBanned,
    ChatMemberMember,
    ChatMemberUpdated,
    Contact,
    Location,
    Message,
    PhotoSize,
    Sticker,
    Update,
    User,
)

chat_id = int(sys.argv[1])
bot_id = int(sys.argv[2])
date = datetime.datetime(2026, 1, 5, 9, 0, tzinfo=datetime.timezone.utc)
chat = Chat(id=chat_id, type=Chat.PRIVATE, first_name="Олена")
person = User(id=chat_id, first_name="Олена", is_bot=False, last_name="Коваль", language_code="uk")
bot = User(id=bot_id, first_name="Бот громади", is_bot=True, username="demo_hromada_bot")


def out(update):
    print(json.dumps(update.to_dict(), ensure_ascii=False))


def message(message_id, **content):
    return Message(message_id=message_id, date=date, chat=chat, from_user=person, **content)


out(Update(update_id=1, message=message(101, text="/start d_id_card")))
out(Update(update_id=2, message=message(102, text="меню")))
menu = Message(message_id=1, date=date, chat=chat, from_user=bot, text="Меню")
out(Update(update_id=3, callback_query=CallbackQuery(id="cbq-3", from_user=person, chat_instance="-4242", message=menu, data="cmd:menu")))
out(Update(update_id=4, message=message(104, contact=Contact(phone_number="+380 67 123 45 67", first_name="Олена", user_id=chat_id))))
out(Update(update_id=5, message=message(105, contact=Contact(phone_number="+380501112233", first_name="Іван", user_id=12345))))
out(Update(update_id=6, message=message(106, location=Location(longitude=30.5234, latitude=50.4501))))
out(Update(update_id=7, message=message(107, photo=(PhotoSize("small", "u1", 90, 60), PhotoSize("large", "u2", 1280, 853)))))
sticker = Sticker("st", "u3", 512, 512, False, False, Sticker.REGULAR)
out(Update(update_id=8, message=message(108, sticker=sticker)))
out(Update(update_id=9, my_chat_member=ChatMemberUpdated(chat=chat, from_user=person, date=date, old_chat_member=ChatMemberMember(user=bot), new_chat_member=ChatMemberBanned(user=bot, until_date=None))))
