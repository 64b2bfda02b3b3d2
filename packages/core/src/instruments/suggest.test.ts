import { expect, test } from 'vitest'
import { boundedLevenshtein, closestMatches } from './suggest.js'

test('boundedLevenshtein: exact distances, gives up past the bound', () => {
  expect(boundedLevenshtein('KITTEN', 'SITTING', 5)).toBe(3)
  expect(boundedLevenshtein('ITC-EQ', 'ITC-EQ', 2)).toBe(0)
  expect(boundedLevenshtein('ABCDEFGH', 'ZYXWVUTS', 2)).toBe(3)
  expect(boundedLevenshtein('A', 'ABCDEFG', 2)).toBe(3)
})

test('closestMatches: typos and partial names, best first, limited', () => {
  const symbols = ['ITC-EQ', 'ITI-EQ', 'INFY-EQ', 'RELIANCE-EQ', 'RELINFRA-EQ', 'TCS-EQ']
  expect(closestMatches('itcc-eq', symbols, 2)).toEqual(['ITC-EQ', 'ITI-EQ'])
  expect(closestMatches('RELIANCE', symbols, 1)).toEqual(['RELIANCE-EQ'])
  expect(closestMatches('ZZZZZZZZZZ', symbols)).toEqual([])
  expect(closestMatches('', symbols)).toEqual([])
})
