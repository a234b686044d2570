-- wrk script for Telegram webhook ingestion: every request is a distinct update (update_id unique across threads)
-- from the next subscriber's chat, a text message "меню", with the bot's secret header, as Telegram delivers it.
-- Usage: wrk -s webhook.lua http://host:port -- PATH SECRET FIRST_CHAT CHATS THREADS
local counter = 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
end

local path, headers, firstChat, chats, threads
local n = 0

function init(args)
    path = args[1]
    headers = { ["Content-Type"] = "application/json", ["X-Telegram-Bot-Api-Secret-Token"] = args[2] }
    firstChat = tonumber(args[3])
    chats = tonumber(args[4])
    threads = tonumber(args[5])
end

function request()
    n = n + 1
    -- Thread `id` takes the numbers id, id + threads, id + 2·threads…: distinct update ids and round-robin chats.
    local k = n * threads + id
    local chat = firstChat + (k % chats)
    local body = string.format(
        '{"update_id":%.0f,"message":{"message_id":%.0f,"date":1760000000,' ..
        '"from":{"id":%.0f,"is_bot":false,"first_name":"Олена","language_code":"uk"},' ..
        '"chat":{"id":%.0f,"type":"private"},"text":"меню"}}', k, n, chat, chat)
    return wrk.format("POST", path, headers, body)
end
