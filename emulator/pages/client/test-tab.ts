// Client-side source (browser, emulator dashboard): the Test tab. Per FACTS §6: "Select the application you
// would like to test", code snippets per language, and a sample Response {"access_token":"eyJ…","token_type":
// "Bearer"}. The secret is always the placeholder YOUR_CLIENT_SECRET; the token is a real one minted by the
// emulator, so the content script's "Decode" button has something to decode. Snippets are the one place where
// scope-like and JWT text shares a text node with other words.
export const TEST_TAB_JS = String.raw`
var SNIPPETS = {
  cURL: function (url, body) {
    return "curl --request POST \\\n  --url " + url + " \\\n  --header 'content-type: application/json' \\\n  --data '" + body + "'";
  },
  'C#': function (url, body) {
    return 'var client = new RestClient("' + url + '");\nvar request = new RestRequest(Method.POST);\n' +
      'request.AddHeader("content-type", "application/json");\nrequest.AddParameter("application/json", ' + JSON.stringify(body) +
      ', ParameterType.RequestBody);\nIRestResponse response = client.Execute(request);';
  },
  Go: function (url, body) {
    return 'payload := strings.NewReader(' + JSON.stringify(body) + ')\nreq, _ := http.NewRequest("POST", "' + url +
      '", payload)\nreq.Header.Add("content-type", "application/json")\nres, _ := http.DefaultClient.Do(req)';
  },
  'Node.JS': function (url, body) {
    return "var request = require('request');\n\nvar options = { method: 'POST',\n  url: '" + url +
      "',\n  headers: { 'content-type': 'application/json' },\n  body: '" + body +
      "' };\n\nrequest(options, function (error, response, body) {\n  if (error) throw new Error(error);\n  console.log(body);\n});";
  },
  Python: function (url, body) {
    return 'import http.client\n\nconn = http.client.HTTPSConnection("' + DATA.domain + '")\npayload = ' + JSON.stringify(body) +
      '\nheaders = { \'content-type\': "application/json" }\nconn.request("POST", "/oauth/token", payload, headers)\n' +
      'res = conn.getresponse()\nprint(res.read().decode("utf-8"))';
  },
  Ruby: function (url, body) {
    return "require 'uri'\nrequire 'net/http'\n\nurl = URI(\"" + url + "\")\nhttp = Net::HTTP.new(url.host, url.port)\nhttp.use_ssl = true\n" +
      "request = Net::HTTP::Post.new(url)\nrequest[\"content-type\"] = 'application/json'\nrequest.body = " + JSON.stringify(body) +
      "\nresponse = http.request(request)\nputs response.read_body";
  }
};
function testTab(route) {
  var api = route.api;
  var withGrant = DATA.clients.filter(function (c) { return grantFor(c.clientId, api.identifier); });
  var choices = withGrant.length ? withGrant : DATA.clients;
  var selId = nextId('app');
  var lang = 'cURL';
  var code = h('code', { class: 'snippet' });
  var select = h('select', { id: selId }, choices.map(function (c) { return h('option', { value: c.clientId }, c.name); }));
  var paint = function () {
    var body = JSON.stringify({ client_id: select.value, client_secret: 'YOUR_CLIENT_SECRET', audience: api.identifier, grant_type: 'client_credentials' });
    code.textContent = SNIPPETS[lang]('https://' + DATA.domain + '/oauth/token', body);
  };
  select.addEventListener('change', paint);
  var tabs = h('div', { role: 'tablist', class: 'lang-tabs', 'aria-label': 'Language' }, Object.keys(SNIPPETS).map(function (name) {
    return h('button', { type: 'button', role: 'tab', 'aria-selected': String(name === lang), onclick: function (e) {
      lang = name;
      Array.prototype.forEach.call(tabs.children, function (b) { b.setAttribute('aria-selected', String(b === e.currentTarget)); });
      paint();
    } }, name);
  }));
  paint();
  var response = JSON.stringify({ access_token: DATA.token, token_type: 'Bearer' });
  return [h('div', { class: 'field' }, h('label', { for: selId }, 'Select the application you would like to test'), select),
    h('h3', null, 'Asking Auth0 for tokens from my application'),
    h('p', null, 'You can ask Auth0 for tokens for any of your authorized applications with issuing the following API call:'),
    tabs, h('pre', null, code),
    h('h3', null, 'Response'), h('pre', { class: 'response' }, h('code', null, response)),
    h('h3', null, 'Sending the token to the API'),
    h('pre', null, h('code', null, "curl --request GET \\\n  --url http://path_to_your_api/ \\\n  --header 'authorization: Bearer " + DATA.token + "'"))];
}
`;
