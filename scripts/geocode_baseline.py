#!/usr/bin/env python3
"""A dictionary baseline for data/places/geocoding_test.tsv: not the engine, a check that
the data can resolve the test mentions and a floor for the engine's figure.

Strips one cue word (مدينة، محافظة، قضاء، ...) and one clitic (و ب ل ك ف and pairs),
looks the name up exactly (after light normalisation) in curated.tsv, then the gazetteer,
preferring curated places, the place type the cue asks for, Syria/Iraq/Yemen, localities,
population, then the GeoNames feature code. Prints the misses and the share within 10 km.

Usage: python3 scripts/geocode_baseline.py
"""
import csv,math,re,sys
import os
D=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),'data','places')+os.sep
def rd(p): return list(csv.DictReader(open(p,encoding='utf-8'),delimiter='\t',quoting=csv.QUOTE_NONE))
gaz=rd(D+'gazetteer.tsv'); cur=rd(D+'curated.tsv'); tests=rd(D+'geocoding_test.tsv')
H=re.compile('[\u064B-\u0652\u0670\u0640]')
def norm(s): s=H.sub('',s); s=re.sub('[أإآ]','ا',s); return s.replace('ة','ه').replace('ى','ي').strip()
idx={}
FC={'PPLC':5,'PPLA':4,'PPLA2':3,'PPLA3':2,'PPL':1}
pos={}
for g in gaz:
    pos[g['id']]=(float(g['lat']),float(g['lon']))
    rank={'locality':1,'region':0,'county':2}.get(g['placetype'],3)
    for n in [g['name_ar']]+g['alt_names_ar'].split('|'):
        if n: idx.setdefault(norm(n),[]).append((g['placetype'],g['country'] in('SY','IQ','YE'),int(g['population']),FC.get(g['feature_code'],0),g['id']))
for c in cur:
    pos[c['id']]=(float(c['lat']),float(c['lon']))
    for n in [c['name_ar']]+c['aliases_ar'].split('|'):
        idx.setdefault(norm(n),[]).append(('curated',True,10**9,9,c['id']))
CUES={norm(k):v for k,v in {'مدينة':'locality','بلدة':'locality','محافظة':'region','محافظات':'region','قضاء':'county','ناحية':'locality','منطقة':'locality'}.items()}
def pick(cands,want):
    order={'locality':3,'neighbourhood':2,'campus':2,'region':1,'county':0}
    def key(c):
        t=c[0]
        return (t=='curated', t==want, c[1], order.get(t,0) if want is None else 0, c[2], c[3])
    return max(cands,key=key)[-1]
def resolve(surface,want=None):
    s=norm(surface)
    if s in idx: return pick(idx[s],want)
    for cue,w in CUES.items():
        if s.startswith(cue+' '):
            r=resolve(s[len(cue)+1:],w)
            if r: return r
    for p in ['وب','ول','وك','و','ب','ل','ك','ف']:
        if s.startswith(p):
            r=resolve(s[len(p):],want)
            if r: return r
    return None
def km(a,b):
    p=math.pi/180; x=math.sin((b[0]-a[0])*p/2)**2+math.cos(a[0]*p)*math.cos(b[0]*p)*math.sin((b[1]-a[1])*p/2)**2
    return 12742*math.asin(math.sqrt(x))
ok=0
for t in tests:
    r=resolve(t['surface']); d=km(pos[r],pos[t['place_id']]) if r else None
    good = d is not None and d<=10
    ok+=good
    if not good: print(t['id'],t['surface'],'->',r,'want',t['place_id'],'%.0f km'%d if d is not None else '')
print('%d/%d within 10 km'%(ok,len(tests)))
