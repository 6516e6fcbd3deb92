-- A scripted Neovim session with kwlint lsp (Neovim's built-in LSP client, 0.7 or newer):
-- open a manifest, attach the server, dump the diagnostics and code actions received, edit the
-- file, dump the diagnostics again. Run by .ci/test-lsp-neovim:
--   KWLINT=... KWLINT_FILE=... KWLINT_OUT=... nvim --headless --clean -u .ci/lsp/neovim-session.lua
local file = os.getenv('KWLINT_FILE')
local out = {}
local function say(line) table.insert(out, line) end
local function finish(status)
  vim.fn.writefile(out, os.getenv('KWLINT_OUT'))
  vim.cmd(status == 0 and 'qall!' or 'cquit! ' .. status)
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local client = vim.lsp.start_client({
  name = 'kwlint',
  cmd = {os.getenv('KWLINT'), 'lsp', '--debounce', '50'},
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
if not client then say('no client'); finish(3) end
vim.lsp.buf_attach_client(0, client)

local function diagnostics(label, ready)
  local ok = vim.wait(30000, function() return ready(vim.diagnostic.get(0)) end, 50)
  if not ok then say(label .. ': timed out'); finish(4) end
  for _, d in ipairs(vim.diagnostic.get(0)) do
    say(string.format('%s %d:%d %s %s', label, d.lnum + 1, d.col + 1, d.code or '?', d.message:sub(1, 60)))
  end
end

local function has(list, code)
  for _, d in ipairs(list) do if d.code == code then return true end end
  return false
end

diagnostics('opened', function(list) return has(list, 'job-restart-policy') end)

-- The code actions on the restartPolicy line (line 7).
vim.api.nvim_win_set_cursor(0, {7, 22})
local params = vim.lsp.util.make_range_params()
params.context = {diagnostics = vim.lsp.diagnostic.get_line_diagnostics()}
local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 30000) or {}
for _, response in pairs(responses) do
  for _, action in ipairs(response.result or {}) do
    local edits = action.edit and action.edit.changes and action.edit.changes[vim.uri_from_bufnr(0)] or {}
    for _, edit in ipairs(edits) do
      say(string.format('action %s: %d:%d-%d:%d -> %s', action.title, edit.range.start.line + 1,
        edit.range.start.character + 1, edit.range['end'].line + 1, edit.range['end'].character + 1, edit.newText))
    end
    -- Apply it, as choosing the quick fix does.
    vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  end
end

-- After the fix the buffer changed; the server checks it again.
diagnostics('fixed', function(list) return not has(list, 'job-restart-policy') end)
say('line 7: ' .. vim.api.nvim_buf_get_lines(0, 6, 7, false)[1])
vim.lsp.stop_client(client)
finish(0)
