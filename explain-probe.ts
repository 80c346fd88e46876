import { MongoClient } from 'mongodb';
(async () => {
  const c = await MongoClient.connect('mongodb://127.0.0.1:27017/');
  const db = c.db(process.argv[2] ?? 'sx-explain-probe');
  if (process.argv[3] === 'seed') {
    await db.dropDatabase();
    for (let b = 0; b < 10; b++) await db.collection('things').insertMany(Array.from({ length: 2000 }, (_, i) => ({ _id: `t${b * 2000 + i}` as never, n: b * 2000 + i, pad: 'x'.repeat(500) })));
    await new Promise((r) => setTimeout(r, 2500));
  }
  const t = performance.now();
  for (let i = 0; i < Number(process.argv[4] ?? 50); i++) await db.collection('things').findOne({ _id: `t${i * 300}` as never });
  console.log('by _id', ((performance.now() - t) / 50).toFixed(2), 'ms');
  const e = await db.command({ explain: { find: 'things', filter: { _id: 't7' } } });
  console.log(JSON.stringify(e.queryPlanner));
  await c.close();
})();
