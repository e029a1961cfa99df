// Light CSS for the emulated dashboard (manage.auth0.com). Runs in Node (inlined into the page). Only loosely
// dashboard-like: FACTS §6 says the real DOM/classes are unknown, so nothing here imitates real class names.
export const DASHBOARD_CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1e212a;background:#f7f7f9}
.topbar{display:flex;align-items:center;gap:16px;height:52px;padding:0 20px;background:#fff;border-bottom:1px solid #e3e5e8}
.topbar .logo{font-weight:800;font-size:18px}.topbar .tenant{border:1px solid #e3e5e8;border-radius:6px;padding:3px 10px}
.topbar .env{font-size:11px;background:#eef1ff;color:#3f59e4;border-radius:10px;padding:1px 8px}.topbar .spacer{flex:1}
.frame{display:grid;grid-template-columns:230px 1fr;min-height:calc(100vh - 52px)}
.sidebar{background:#fff;border-right:1px solid #e3e5e8;padding:12px 8px}
.sidebar a,.sidebar span{display:block;padding:6px 12px;border-radius:6px;color:#1e212a;text-decoration:none}
.sidebar span{color:#9a9ca3}.sidebar .sub{padding-left:28px}.sidebar a:hover{background:#f1f2f4}
#app{padding:24px 40px;max-width:1180px}
.page-header .back{font-size:13px;color:#65676e;text-decoration:none}
.title-row{display:flex;align-items:center;gap:10px}.title-row h1{margin:6px 0;font-size:26px}
.api-icon{display:inline-grid;place-items:center;width:36px;height:36px;border-radius:8px;background:#eef1ff;color:#3f59e4}
.meta{display:flex;align-items:center;gap:8px;color:#65676e}.badge{border:1px solid #c9cdd4;border-radius:4px;padding:0 6px;font-size:12px}
.meta code{background:#f1f2f4;border-radius:4px;padding:1px 6px}
.tabs,.nav-tabs{display:flex;gap:4px;margin:18px 0 20px;border-bottom:1px solid #e3e5e8;padding:0;list-style:none}
.tabs a,.nav-tabs a{display:block;padding:8px 14px;color:#65676e;text-decoration:none;border-bottom:2px solid transparent}
.tabs a.active,.nav-tabs li.active a{color:#1e212a;border-bottom-color:#1e212a;font-weight:600}
.lead{color:#65676e}.muted{color:#9a9ca3}
input,select,textarea{font:inherit;padding:7px 10px;border:1px solid #c9cdd4;border-radius:6px;background:#fff}
input.filter{width:100%;margin:8px 0 14px}
.field{display:flex;flex-direction:column;gap:4px;margin:12px 0;max-width:520px}.field label{font-weight:600}
button{font:inherit;cursor:pointer}button.primary{background:#635dff;color:#fff;border:0;border-radius:6px;padding:8px 18px;margin-top:12px}
button.link{background:none;border:0;color:#3f59e4;padding:0 2px}button.icon{background:none;border:1px solid #e3e5e8;border-radius:6px;padding:4px 8px}
.m2m-list{display:flex;flex-direction:column;gap:8px}
.m2m-row{background:#fff;border:1px solid #e3e5e8;border-radius:8px}
.row-head{display:flex;justify-content:space-between;align-items:center;padding:12px 16px}
.app-name{font-weight:600;color:#1e212a}.sub{font-size:12px;color:#65676e}
.row-actions{display:flex;align-items:center;gap:12px}
.switch{width:38px;height:22px;border-radius:11px;border:0;background:#c9cdd4;position:relative;padding:0}
.switch[aria-checked=true]{background:#635dff}.knob{position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff;transition:left .15s}
.switch[aria-checked=true] .knob{left:19px}
.chevron{background:none;border:0;font-size:18px;transition:transform .15s}.chevron[aria-expanded=true]{transform:rotate(180deg)}
.row-panel{border-top:1px solid #e3e5e8;padding:12px 16px}
.perm-toolbar{display:flex;align-items:center;gap:16px;margin:8px 0}.perm-toolbar input{margin-left:auto}
.scope-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:6px;padding:0;margin:8px 0;list-style:none}
.chip{display:flex;align-items:center;gap:6px;border:1px solid #c9cdd4;border-radius:6px;padding:5px 8px;background:#fff;font-family:ui-monospace,monospace;font-size:12.5px;min-width:0;overflow-wrap:anywhere}
.chip[hidden]{display:none}.chip-aria{cursor:pointer}
.chip-aria .tick{width:14px;height:14px;border:1px solid #65676e;border-radius:3px}
.chip-aria[aria-checked=true] .tick{background:#635dff;border-color:#635dff}
.perm-table,table.list{width:100%;border-collapse:collapse;background:#fff}
.perm-table td,.perm-table th,table.list td,table.list th{text-align:left;padding:8px 10px;border-bottom:1px solid #e3e5e8}
.div-table [role=row]{display:grid;grid-template-columns:280px 1fr;padding:6px 10px;border-bottom:1px solid #e3e5e8;background:#fff}
.div-table .thead{font-weight:600}
pre{background:#1e212a;color:#e3e5e8;padding:12px;border-radius:8px;overflow:auto;white-space:pre-wrap;word-break:break-all}
.lang-tabs{display:flex;gap:4px}.lang-tabs [role=tab]{border:1px solid #e3e5e8;background:#fff;border-radius:6px 6px 0 0;padding:4px 10px}
.lang-tabs [aria-selected=true]{background:#1e212a;color:#fff}
.token-wrap{display:flex;gap:8px;align-items:flex-start}
.token-box,.token-area{flex:1;width:100%;background:#fff;border:1px solid #c9cdd4;border-radius:6px;padding:10px;font:12px ui-monospace,monospace;word-break:break-all}
.decoys{margin:32px 40px;padding:10px 14px;border:1px dashed #c9cdd4;border-radius:6px;color:#65676e;font-size:12px}
ul.plain{list-style:none;padding:0;display:flex;gap:12px;flex-wrap:wrap;margin:0}
.toast{position:fixed;bottom:20px;right:20px;background:#1e212a;color:#fff;padding:10px 16px;border-radius:8px}
body.legacy{background:#fafafa}body.legacy .topbar{background:#222;color:#fff;border:0}body.legacy .topbar a{color:#fff}
.copy svg{width:16px;height:16px;display:block}
`;
