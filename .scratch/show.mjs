import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
const [,, name, handle, route='lines', before='700'] = process.argv;
const raw = readFileSync('/work/shared/corpus/pages/' + name);
const html = (name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
const BLOCK = new Set(['p','div','blockquote','figure','figcaption','section','article','header','footer','li','ul','ol','dl','dt','dd','table','tr','td','th','h1','h2','h3','h4','h5','h6','pre','hr','aside','nav','main','form','address','title']);
const HIDDEN = new Set(['script','style','template','noscript','head']);
function bpl(nodes){let out='';const st=[...nodes].reverse();while(st.length){const n=st.pop();if('close' in n){if(BLOCK.has(n.close))out+='\n';continue;}if(n.type==='text')out+=n.data;else if(n.type==='tag'){if(HIDDEN.has(n.name))continue;if(n.name==='br'){out+='\n';continue;}if(BLOCK.has(n.name))out+='\n';st.push({close:n.name});for(let i=n.children.length-1;i>=0;i--)st.push(n.children[i]);}else if(n.children){for(let i=n.children.length-1;i>=0;i--)st.push(n.children[i]);}}return out;}
const doc = parseDocument(html);
const text = route === 'lines' ? bpl(doc.children) : route==='html' ? html : DomUtils.textContent(doc);
let at = text.indexOf('(@' + handle + ')');
while (at >= 0) { console.log(JSON.stringify(text.slice(Math.max(0, at - +before), at + 40))); console.log('-----'); at = text.indexOf('(@' + handle + ')', at + 1); }
